package dev.relate.examples.runtime.association;

import static com.google.common.truth.Truth.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Association objects (SQLAlchemy's association object pattern): each nested class runs
 * {@link AssociationContract} on one association class, so link, find, unlink, moving an
 * association and the navigation views are checked on lists and sets of associations, on ends
 * declared with backPopulates and with backref, on a self-referential association and on one whose
 * ends are inherited.
 */
class AssociationKindsTest {

    @Test
    void theNavigationViewsAreListsWhateverTheCollections() {
        // the static types are checked by the compiler in the nested classes; these are the runtime ones
        assertThat(OrderRelations.productOfLines(new Order())).isInstanceOf(List.class);
        assertThat(ProductRelations.orderOfOrderLines(new Product())).isInstanceOf(List.class);
        assertThat(OrderRelations.lines(new Order())).isInstanceOf(Set.class);
        assertThat(MemberRelations.memberships(new Member())).isInstanceOf(Set.class);
        assertThat(ClubRelations.memberships(new Club())).isInstanceOf(List.class);
    }

    /** Lists on both sides, the right one {@code null} until the first link; a constructor relate can call. */
    @Nested
    class ListKind extends AssociationContract<Student, Enrollment, Course> {
        @Override
        Student newLeft() {
            return new Student();
        }

        @Override
        Course newRight() {
            return new Course();
        }

        @Override
        Enrollment newAssociation(String data) {
            return new Enrollment(data);
        }

        @Override
        String dataOf(Enrollment enrollment) {
            return enrollment.grade;
        }

        @Override
        void setData(Enrollment enrollment, String data) {
            enrollment.grade = data;
        }

        @Override
        Collection<Enrollment> leftField(Student student) {
            return student.enrollments;
        }

        @Override
        Collection<Enrollment> rightField(Course course) {
            return course.enrollments;
        }

        @Override
        Student leftOf(Enrollment enrollment) {
            return enrollment.student;
        }

        @Override
        Course rightOf(Enrollment enrollment) {
            return enrollment.course;
        }

        @Override
        Enrollment callLink(Student student, Course course, Enrollment enrollment) {
            return EnrollmentRelations.link(student, course, enrollment);
        }

        @Override
        boolean creatable() {
            return true;
        }

        @Override
        Class<?> associationRelations() {
            return EnrollmentRelations.class;
        }

        @Override
        Enrollment callLinkNew(Student student, Course course) {
            return EnrollmentRelations.link(student, course);
        }

        @Override
        Enrollment callFind(Student student, Course course) {
            return EnrollmentRelations.find(student, course);
        }

        @Override
        int callUnlink(Student student, Course course) {
            return EnrollmentRelations.unlink(student, course);
        }

        @Override
        void callUnlink(Enrollment enrollment) {
            EnrollmentRelations.unlink(enrollment);
        }

        @Override
        void callSetLeft(Enrollment enrollment, Student student) {
            EnrollmentRelations.setStudent(enrollment, student);
        }

        @Override
        void callSetRight(Enrollment enrollment, Course course) {
            EnrollmentRelations.setCourse(enrollment, course);
        }

        @Override
        boolean callAddToLeft(Student student, Enrollment enrollment) {
            return StudentRelations.addToEnrollments(student, enrollment);
        }

        @Override
        boolean callAddToRight(Course course, Enrollment enrollment) {
            return CourseRelations.addToEnrollments(course, enrollment);
        }

        @Override
        void callSetLeftAll(Student student, Collection<Enrollment> enrollments) {
            StudentRelations.setEnrollments(student, enrollments);
        }

        @Override
        Collection<Enrollment> leftView(Student student) {
            return StudentRelations.enrollments(student);
        }

        @Override
        Collection<Enrollment> rightView(Course course) {
            return CourseRelations.enrollments(course);
        }

        @Override
        List<Course> rightsOf(Student student) {
            return StudentRelations.courseOfEnrollments(student);
        }

        @Override
        List<Student> leftsOf(Course course) {
            return CourseRelations.studentOfEnrollments(course);
        }

        @Override
        boolean leftKeepsOrder() {
            return true;
        }

        @Override
        boolean rightKeepsOrder() {
            return true;
        }
    }

    /** A {@code LinkedHashSet} and a {@code HashSet}; no constructor relate can call. */
    @Nested
    class SetKind extends AssociationContract<Order, LineItem, Product> {
        @Override
        Order newLeft() {
            return new Order();
        }

        @Override
        Product newRight() {
            return new Product();
        }

        @Override
        LineItem newAssociation(String data) {
            return new LineItem(Integer.parseInt(data));
        }

        @Override
        String dataOf(LineItem lineItem) {
            return String.valueOf(lineItem.quantity);
        }

        @Override
        void setData(LineItem lineItem, String data) {
            lineItem.quantity = Integer.parseInt(data);
        }

        @Override
        Collection<LineItem> leftField(Order order) {
            return order.lines;
        }

        @Override
        Collection<LineItem> rightField(Product product) {
            return product.orderLines;
        }

        @Override
        Order leftOf(LineItem lineItem) {
            return lineItem.order;
        }

        @Override
        Product rightOf(LineItem lineItem) {
            return lineItem.product;
        }

        @Override
        LineItem callLink(Order order, Product product, LineItem lineItem) {
            return LineItemRelations.link(order, product, lineItem);
        }

        @Override
        boolean creatable() {
            return false;
        }

        @Override
        Class<?> associationRelations() {
            return LineItemRelations.class;
        }

        @Override
        LineItem callLinkNew(Order order, Product product) {
            throw new AssertionError("LineItem has no link(order, product)");
        }

        @Override
        LineItem callFind(Order order, Product product) {
            return LineItemRelations.find(order, product);
        }

        @Override
        int callUnlink(Order order, Product product) {
            return LineItemRelations.unlink(order, product);
        }

        @Override
        void callUnlink(LineItem lineItem) {
            LineItemRelations.unlink(lineItem);
        }

        @Override
        void callSetLeft(LineItem lineItem, Order order) {
            LineItemRelations.setOrder(lineItem, order);
        }

        @Override
        void callSetRight(LineItem lineItem, Product product) {
            LineItemRelations.setProduct(lineItem, product);
        }

        @Override
        boolean callAddToLeft(Order order, LineItem lineItem) {
            return OrderRelations.addToLines(order, lineItem);
        }

        @Override
        boolean callAddToRight(Product product, LineItem lineItem) {
            return ProductRelations.addToOrderLines(product, lineItem);
        }

        @Override
        void callSetLeftAll(Order order, Collection<LineItem> lines) {
            OrderRelations.setLines(order, lines);
        }

        @Override
        Collection<LineItem> leftView(Order order) {
            return OrderRelations.lines(order);
        }

        @Override
        Collection<LineItem> rightView(Product product) {
            return ProductRelations.orderLines(product);
        }

        @Override
        List<Product> rightsOf(Order order) {
            return OrderRelations.productOfLines(order);
        }

        @Override
        List<Order> leftsOf(Product product) {
            return ProductRelations.orderOfOrderLines(product);
        }

        @Override
        boolean leftKeepsOrder() {
            return true;
        }

        @Override
        boolean rightKeepsOrder() {
            return false;
        }
    }

    /** Both ends declared with backref: a plain list on the left, a {@code @Backref} linked set on the right. */
    @Nested
    class BackrefKind extends AssociationContract<Club, Membership, Member> {
        @Override
        Club newLeft() {
            return new Club();
        }

        @Override
        Member newRight() {
            return new Member();
        }

        @Override
        Membership newAssociation(String data) {
            Membership membership = new Membership();
            membership.role = data;
            return membership;
        }

        @Override
        String dataOf(Membership membership) {
            return membership.role;
        }

        @Override
        void setData(Membership membership, String data) {
            membership.role = data;
        }

        @Override
        Collection<Membership> leftField(Club club) {
            return club.memberships;
        }

        @Override
        Collection<Membership> rightField(Member member) {
            return member.memberships;
        }

        @Override
        Club leftOf(Membership membership) {
            return membership.club;
        }

        @Override
        Member rightOf(Membership membership) {
            return membership.member;
        }

        @Override
        Membership callLink(Club club, Member member, Membership membership) {
            return MembershipRelations.link(club, member, membership);
        }

        @Override
        boolean creatable() {
            return true;
        }

        @Override
        Class<?> associationRelations() {
            return MembershipRelations.class;
        }

        @Override
        Membership callLinkNew(Club club, Member member) {
            return MembershipRelations.link(club, member);
        }

        @Override
        Membership callFind(Club club, Member member) {
            return MembershipRelations.find(club, member);
        }

        @Override
        int callUnlink(Club club, Member member) {
            return MembershipRelations.unlink(club, member);
        }

        @Override
        void callUnlink(Membership membership) {
            MembershipRelations.unlink(membership);
        }

        @Override
        void callSetLeft(Membership membership, Club club) {
            MembershipRelations.setClub(membership, club);
        }

        @Override
        void callSetRight(Membership membership, Member member) {
            MembershipRelations.setMember(membership, member);
        }

        @Override
        boolean callAddToLeft(Club club, Membership membership) {
            return ClubRelations.addToMemberships(club, membership);
        }

        @Override
        boolean callAddToRight(Member member, Membership membership) {
            return MemberRelations.addToMemberships(member, membership);
        }

        @Override
        void callSetLeftAll(Club club, Collection<Membership> memberships) {
            ClubRelations.setMemberships(club, memberships);
        }

        @Override
        Collection<Membership> leftView(Club club) {
            return ClubRelations.memberships(club);
        }

        @Override
        Collection<Membership> rightView(Member member) {
            return MemberRelations.memberships(member);
        }

        @Override
        List<Member> rightsOf(Club club) {
            return ClubRelations.memberOfMemberships(club);
        }

        @Override
        List<Club> leftsOf(Member member) {
            return MemberRelations.clubOfMemberships(member);
        }

        @Override
        boolean leftKeepsOrder() {
            return true;
        }

        @Override
        boolean rightKeepsOrder() {
            return true;
        }
    }

    /** One class on both sides, its left and right ends named in the annotation. */
    @Nested
    class SelfReferentialKind extends AssociationContract<Node, Edge, Node> {
        @Override
        Node newLeft() {
            Node node = new Node();
            alsoRight(node);
            return node;
        }

        @Override
        Node newRight() {
            Node node = new Node();
            alsoLeft(node);
            return node;
        }

        @Override
        Edge newAssociation(String data) {
            return new Edge(data);
        }

        @Override
        String dataOf(Edge edge) {
            return edge.label;
        }

        @Override
        void setData(Edge edge, String data) {
            edge.label = data;
        }

        @Override
        Collection<Edge> leftField(Node left) {
            return left.outgoing;
        }

        @Override
        Collection<Edge> rightField(Node right) {
            return right.incoming;
        }

        @Override
        Node leftOf(Edge edge) {
            return edge.source;
        }

        @Override
        Node rightOf(Edge edge) {
            return edge.target;
        }

        @Override
        Edge callLink(Node left, Node right, Edge edge) {
            return EdgeRelations.link(left, right, edge);
        }

        @Override
        boolean creatable() {
            return true;
        }

        @Override
        Class<?> associationRelations() {
            return EdgeRelations.class;
        }

        @Override
        Edge callLinkNew(Node left, Node right) {
            return EdgeRelations.link(left, right);
        }

        @Override
        Edge callFind(Node left, Node right) {
            return EdgeRelations.find(left, right);
        }

        @Override
        int callUnlink(Node left, Node right) {
            return EdgeRelations.unlink(left, right);
        }

        @Override
        void callUnlink(Edge edge) {
            EdgeRelations.unlink(edge);
        }

        @Override
        void callSetLeft(Edge edge, Node left) {
            EdgeRelations.setSource(edge, left);
        }

        @Override
        void callSetRight(Edge edge, Node right) {
            EdgeRelations.setTarget(edge, right);
        }

        @Override
        boolean callAddToLeft(Node left, Edge edge) {
            return NodeRelations.addToOutgoing(left, edge);
        }

        @Override
        boolean callAddToRight(Node right, Edge edge) {
            return NodeRelations.addToIncoming(right, edge);
        }

        @Override
        void callSetLeftAll(Node left, Collection<Edge> outgoing) {
            NodeRelations.setOutgoing(left, outgoing);
        }

        @Override
        Collection<Edge> leftView(Node left) {
            return NodeRelations.outgoing(left);
        }

        @Override
        Collection<Edge> rightView(Node right) {
            return NodeRelations.incoming(right);
        }

        @Override
        List<Node> rightsOf(Node left) {
            return NodeRelations.targetOfOutgoing(left);
        }

        @Override
        List<Node> leftsOf(Node right) {
            return NodeRelations.sourceOfIncoming(right);
        }

        @Override
        boolean leftKeepsOrder() {
            return true;
        }

        @Override
        boolean rightKeepsOrder() {
            return true;
        }
    }

    /** Both ends, and the extra data, inherited from an abstract superclass. */
    @Nested
    class InheritedKind extends AssociationContract<Article, Tagging, Tag> {
        @Override
        Article newLeft() {
            return new Article();
        }

        @Override
        Tag newRight() {
            return new Tag();
        }

        @Override
        Tagging newAssociation(String data) {
            Tagging tagging = new Tagging();
            tagging.weight = Integer.parseInt(data);
            return tagging;
        }

        @Override
        String dataOf(Tagging tagging) {
            return String.valueOf(tagging.weight);
        }

        @Override
        void setData(Tagging tagging, String data) {
            tagging.weight = Integer.parseInt(data);
        }

        @Override
        Collection<Tagging> leftField(Article article) {
            return article.taggings;
        }

        @Override
        Collection<Tagging> rightField(Tag tag) {
            return tag.taggings;
        }

        @Override
        Article leftOf(Tagging tagging) {
            return tagging.article;
        }

        @Override
        Tag rightOf(Tagging tagging) {
            return tagging.tag;
        }

        @Override
        Tagging callLink(Article article, Tag tag, Tagging tagging) {
            return TaggingRelations.link(article, tag, tagging);
        }

        @Override
        boolean creatable() {
            return true;
        }

        @Override
        Class<?> associationRelations() {
            return TaggingRelations.class;
        }

        @Override
        Tagging callLinkNew(Article article, Tag tag) {
            return TaggingRelations.link(article, tag);
        }

        @Override
        Tagging callFind(Article article, Tag tag) {
            return TaggingRelations.find(article, tag);
        }

        @Override
        int callUnlink(Article article, Tag tag) {
            return TaggingRelations.unlink(article, tag);
        }

        @Override
        void callUnlink(Tagging tagging) {
            TaggingRelations.unlink(tagging);
        }

        @Override
        void callSetLeft(Tagging tagging, Article article) {
            TaggingRelations.setArticle(tagging, article);
        }

        @Override
        void callSetRight(Tagging tagging, Tag tag) {
            TaggingRelations.setTag(tagging, tag);
        }

        @Override
        boolean callAddToLeft(Article article, Tagging tagging) {
            return ArticleRelations.addToTaggings(article, tagging);
        }

        @Override
        boolean callAddToRight(Tag tag, Tagging tagging) {
            return TagRelations.addToTaggings(tag, tagging);
        }

        @Override
        void callSetLeftAll(Article article, Collection<Tagging> taggings) {
            ArticleRelations.setTaggings(article, taggings);
        }

        @Override
        Collection<Tagging> leftView(Article article) {
            return ArticleRelations.taggings(article);
        }

        @Override
        Collection<Tagging> rightView(Tag tag) {
            return TagRelations.taggings(tag);
        }

        @Override
        List<Tag> rightsOf(Article article) {
            return ArticleRelations.tagOfTaggings(article);
        }

        @Override
        List<Article> leftsOf(Tag tag) {
            return TagRelations.articleOfTaggings(tag);
        }

        @Override
        boolean leftKeepsOrder() {
            return true;
        }

        @Override
        boolean rightKeepsOrder() {
            return true;
        }
    }
}
