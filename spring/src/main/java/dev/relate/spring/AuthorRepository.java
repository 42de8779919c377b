package dev.relate.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of {@link Author}. */
public interface AuthorRepository extends JpaRepository<Author, Long> {
}
