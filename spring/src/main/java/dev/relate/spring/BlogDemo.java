package dev.relate.spring;

import java.io.PrintStream;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@code mvn -B -q -pl spring -am compile exec:java} prints: the service's use cases, each in
 * its own transaction, and what the other end of every relationship holds afterwards, read in a new
 * transaction from the database.
 */
@Component
class BlogDemo implements CommandLineRunner {
    private final BlogService blog;
    private final AuthorRepository authors;
    private final PostRepository posts;
    private final TagRepository tags;
    private final TransactionTemplate transaction;
    private final PrintStream out;

    @Autowired
    BlogDemo(BlogService blog, AuthorRepository authors, PostRepository posts, TagRepository tags,
            TransactionTemplate transaction) {
        this(blog, authors, posts, tags, transaction, System.out);
    }

    BlogDemo(BlogService blog, AuthorRepository authors, PostRepository posts, TagRepository tags,
            TransactionTemplate transaction, PrintStream out) {
        this.blog = blog;
        this.authors = authors;
        this.posts = posts;
        this.tags = tags;
        this.transaction = transaction;
        this.out = out;
    }

    @Override
    public void run(String... args) {
        out.println("relate on Spring Boot: entities with JPA's annotations alone,"
                + " whose own methods delegate to relate");
        long ann = transaction.execute(status -> authors.save(new Author("ann")).getId());
        long bob = transaction.execute(status -> authors.save(new Author("bob")).getId());
        long hello = blog.publish(ann, "hello", "java", "jpa").getId();
        long second = blog.publish(ann, "second").getId();
        out.println("publish(ann, \"hello\", java, jpa), publish(ann, \"second\"):");
        show(ann, hello, second);

        long comment = blog.comment(hello, "nice").getId();
        blog.comment(hello, "first!");
        out.println("comment(hello, \"nice\"), comment(hello, \"first!\"), through a lazy reference to hello:");
        show(ann, hello, second);

        blog.moveComment(comment, second);
        out.println("moveComment(nice, second): Comment.setPost on a lazy proxy of second:");
        show(ann, hello, second);

        blog.retag(hello, "jpa", "spring");
        blog.tagFromTag("java", second);
        out.println("retag(hello, jpa, spring): Post.setTags; tagFromTag(java, second): Tag.addPost,"
                + " the mappedBy side:");
        show(ann, hello, second);

        blog.transfer(second, bob);
        out.println("transfer(second, bob): Author.addPost from bob's side:");
        show(ann, hello, second);
        transaction.executeWithoutResult(status -> out.println("  bob's posts "
                + titles(authors.findById(bob).orElseThrow().getPosts(), Post::getTitle)));
    }

    private void show(long author, long... postIds) {
        transaction.executeWithoutResult(status -> {
            Author loaded = authors.findById(author).orElseThrow();
            out.println("  " + loaded.getName() + "'s posts " + titles(loaded.getPosts(), Post::getTitle));
            for (long id : postIds) {
                Post post = posts.findById(id).orElseThrow();
                out.println("  " + post.getTitle() + ": by " + post.getAuthor().getName() + ", comments "
                        + titles(post.getComments(), Comment::getText) + ", tags "
                        + titles(post.getTags(), Tag::getName));
            }
            out.println("  tags' posts " + tags.findAll().stream()
                    .map(tag -> tag.getName() + " " + titles(tag.getPosts(), Post::getTitle))
                    .sorted().collect(Collectors.joining(", ")));
        });
    }

    private static <T> String titles(Collection<T> items, Function<T, String> name) {
        return items.stream().map(name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
