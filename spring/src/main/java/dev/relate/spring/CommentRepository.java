package dev.relate.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of {@link Comment}. */
public interface CommentRepository extends JpaRepository<Comment, Long> {
}
