package dev.relate.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small blog on Spring Boot and Spring Data JPA. Its entities carry JPA's annotations alone; relate
 * reads their mappings and writes the helpers that their own methods delegate to. Run, it starts on
 * an in-memory H2 database, {@link BlogDemo} prints its use cases, and it stops.
 */
@SpringBootApplication
public class BlogApplication {
    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args).close();
    }
}
