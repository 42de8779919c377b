package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousColumnsMismatchLeft {
    static class Doctor {
        int id;

        @ManyToManyRel(secondary = "treatment", backPopulates = "doctors", leftColumn = "patient_id",
                rightColumn = "doctor_id")
        Set<Patient> patients;
    }

    static class Patient {
        int id;

        @ManyToManyRel(secondary = "treatment", backPopulates = "patients", leftColumn = "client_id",
                rightColumn = "doctor_id")
        Set<Doctor> doctors;
    }
}
