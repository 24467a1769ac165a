/** A vendor's module that uses Yilian: it names nothing but Yilian's module. */
module com.example.consumer {
  requires io.github.yilian;
}
