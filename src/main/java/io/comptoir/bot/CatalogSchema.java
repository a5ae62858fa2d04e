package io.comptoir.bot;

import java.util.List;
import java.util.Optional;

/** Typed columns of catalog.csv as declared in bot.yaml. */
public record CatalogSchema(List<Column> columns) {
    public static final CatalogSchema NONE = new CatalogSchema(List.of());

    public CatalogSchema {
        columns = List.copyOf(columns);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** @param values allowed values for a choice column, else empty */
    public record Column(String name, ColumnType type, List<String> values) {
        public Column {
            values = List.copyOf(values);
        }
    }

    public enum ColumnType { TEXT, MONEY, CHOICE, BOOLEAN, INTEGER, URL }
}
