package io.comptoir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the pure core (engine, understanding, knowledge, note, KPIs, bot model, delivery core) free of I/O and clocks. */
class ArchitectureTest {
    static final String[] CORE = {"io.comptoir.engine..", "io.comptoir.understanding..", "io.comptoir.knowledge..",
            "io.comptoir.note..", "io.comptoir.kpi..", "io.comptoir.bot..",
            "io.comptoir.delivery"}; // the delivery core alone: its jdbc, http and crm subpackages are its adapters
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.comptoir");
    }

    @Test
    void the_core_does_no_sql_http_or_file_io() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..",
                        "io.javalin..", "org.jdbi..", "com.zaxxer..", "org.flywaydb..", "java.nio.file..")
                .check(classes);
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .check(classes);
    }

    @Test
    void the_core_reads_no_clock() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(classes);
    }

    @Test
    void the_core_does_not_depend_on_adapters() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.comptoir.cli..", "io.comptoir.http..",
                        "io.comptoir.openai..", "io.comptoir.store..", "io.comptoir.botfolder..")
                .check(classes);
    }

    @Test
    void domain_records_carry_no_jackson_annotations() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.annotation..")
                .check(classes);
    }
}
