/**
 * The matcher: score candidate–job pairs with rules, explain the result, advise on redesigns.
 *
 * <p>Exported (the API): {@code org.threegaps.matcher} (the {@code Matcher} entry point, ranking, batch, the texts
 * of results and advice, rule sources and the rule exceptions), {@code org.threegaps.matcher.model} (the input
 * records and their enums), {@code org.threegaps.matcher.features} (the derived facts compiled rules read:
 * {@code Pair}, the features and the rule parameters {@code Policy}), {@code org.threegaps.matcher.result} (the
 * result of a match and the advisor's advice, plain data) and
 * {@code org.threegaps.matcher.json} (reading and writing JSON). Everything else is internal. The descriptor
 * narrows nothing for code on the classpath (the command line, Spark): there every public type stays reachable,
 * without any compatibility promise.
 *
 * <p>The classes Drools compiles from DRL live in Drools' class loader, in the unnamed module: whatever rules
 * touch (the pair, the model, the features, the {@code policy} global) must be in an exported package.
 */
module org.threegaps.matcher {
    requires transitive org.kie.api;                     // Pair.report takes a RuleContext
    requires org.kie.internal.api;
    requires org.drools.compiler;
    requires org.drools.drl.parser;
    requires org.drools.drl.ast;
    requires com.github.javaparser.core;                 // the rule fence parses rule expressions
    requires transitive com.fasterxml.jackson.databind; // Json.mapper() returns an ObjectMapper
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports org.threegaps.matcher;
    exports org.threegaps.matcher.model;
    exports org.threegaps.matcher.features;
    exports org.threegaps.matcher.result;
    exports org.threegaps.matcher.json;

    // Jackson reads and writes non-exported records
    opens org.threegaps.matcher.engine to com.fasterxml.jackson.databind;   // samples.json -> RuleCompiler.Sample
    opens org.threegaps.matcher.audit to com.fasterxml.jackson.databind;
    opens org.threegaps.matcher.internal to com.fasterxml.jackson.databind;  // AdviceView, the advisor's JSON
    opens org.threegaps.matcher.fairness to com.fasterxml.jackson.databind;
    // resources only: the published JSON Schemas, read by matcher-testkit's ResultSchema from outside the module
    opens org.threegaps.matcher.json.schema;
}
