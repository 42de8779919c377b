package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationSameSide {
    static class Patient {
        @OneToManyRel(backPopulates = "patient")
        List<Appointment> appointments = new ArrayList<>();
    }

    static class Doctor {
        @OneToManyRel(backPopulates = "doctor")
        List<Appointment> appointments = new ArrayList<>();
    }

    @AssociationObject(left = "doctor", right = "doctor")
    static class Appointment {
        @ManyToOneRel(backPopulates = "appointments")
        Patient patient;

        @ManyToOneRel(backPopulates = "appointments")
        Doctor doctor;

        String room;
    }
}
