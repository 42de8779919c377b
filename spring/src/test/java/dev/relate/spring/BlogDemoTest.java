package dev.relate.spring;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the application prints when it runs. Here its transactions join the test's, so it reads the
 * objects the persistence context already holds: what the entities' methods left in memory.
 */
@DataJpaTest(showSql = false)
@Import(BlogService.class)
class BlogDemoTest {
    @Autowired
    private BlogService blog;
    @Autowired
    private AuthorRepository authors;
    @Autowired
    private PostRepository posts;
    @Autowired
    private TagRepository tags;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void theDemoPrintsBothEndsAfterEveryUseCase() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BlogDemo(blog, authors, posts, tags, new TransactionTemplate(transactionManager),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(output).contains("publish(ann, \"hello\", java, jpa), publish(ann, \"second\"):\n"
                + "  ann's posts [hello, second]\n"
                + "  hello: by ann, comments [], tags [java, jpa]\n"
                + "  second: by ann, comments [], tags []\n"
                + "  tags' posts java [hello], jpa [hello]\n");
        assertThat(output).contains("moveComment(nice, second): Comment.setPost on a lazy proxy of second:\n"
                + "  ann's posts [hello, second]\n"
                + "  hello: by ann, comments [first!], tags [java, jpa]\n"
                + "  second: by ann, comments [nice], tags []\n");
        assertThat(output).contains("  hello: by ann, comments [first!], tags [jpa, spring]\n"
                + "  second: by ann, comments [nice], tags [java]\n"
                + "  tags' posts java [second], jpa [hello], spring [hello]\n");
        assertThat(output).contains("transfer(second, bob): Author.addPost from bob's side:\n"
                + "  ann's posts [hello]\n");
        assertThat(output).endsWith("  bob's posts [second]\n");
    }
}
