/**
 * Albero testkit for validation rules: the testkit's defects keyed by the rulebook's
 * {@link io.github.albero.validation.RuleCode} ({@link io.github.albero.testkit.validation.RuleDefects}).
 */
module io.github.albero.testkit.validation {
    requires transitive io.github.albero.testkit;
    requires transitive io.github.albero.validation;

    exports io.github.albero.testkit.validation;
}
