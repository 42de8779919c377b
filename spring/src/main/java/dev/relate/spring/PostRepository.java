package dev.relate.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of {@link Post}. */
public interface PostRepository extends JpaRepository<Post, Long> {
}
