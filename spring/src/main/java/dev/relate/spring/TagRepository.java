package dev.relate.spring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of {@link Tag}. */
public interface TagRepository extends JpaRepository<Tag, Long> {
    Optional<Tag> findByName(String name);
}
