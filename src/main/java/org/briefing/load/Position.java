package org.briefing.load;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** A 1-based line and column in a model file; {@link #UNKNOWN} is 0:0. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    static Position of(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Position of(Node node) {
        return node.getStartMark().map(Position::of).orElse(UNKNOWN);
    }
}
