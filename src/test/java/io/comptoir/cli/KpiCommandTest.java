package io.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KpiCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void kpi_plan_prints_the_measurement_plan_as_a_markdown_table() {
        Run r = run("kpi", "plan", "helpdesk-saas");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| KPI | Definition | Data | Tool | Baseline | Target | Horizon | Why |")
                .contains("| Deflection rate |").contains("| First contact resolution |").contains("3 months");
    }

    @Test
    void a_report_on_an_empty_store_says_no_data_with_the_reason_in_every_format() {
        String db = "jdbc:h2:mem:kpicli" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Run md = run("kpi", "report", "--bot", "boutique-velo", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30");
        Run json = run("kpi", "report", "--bot", "boutique-velo", "--db", db, "--format", "json", "--all");
        Run csv = run("kpi", "report", "--bot", "boutique-velo", "--db", db, "--format", "csv");

        assertThat(md.code()).isZero();
        assertThat(md.out()).contains("| Average order value | no data (no purchase posted in the period")
                .contains("### Funnel").contains("| welcome | 0 |");
        assertThat(json.out()).contains("\"kpi\" : \"handling_time\"").contains("\"no_data\" : \"no conversation ended in the period\"");
        assertThat(csv.out()).startsWith("section,id,value,unit,target,expected,status,previous,sample_size,note")
                .contains("funnel,welcome,0");
    }

    @Test
    void a_wrong_option_is_one_clear_line_not_a_stack_trace() {
        Run r = run("kpi", "report", "--bot", "agence-web", "--format", "xml", "--db", "jdbc:h2:mem:x");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --format 'xml'").doesNotContain("Exception");
        assertThat(run("simulate", "agence-web", "--conversations", "5", "--mix", "ideal:0.5,robot:0.5").err())
                .contains("unknown persona 'robot'");
    }
}
