package memspice.tools.cli;

import java.io.IOException;
import java.util.List;

import memspice.output.ResultSink;
import memspice.output.ResultTable;

/** Hands every event to several sinks in order. */
final class FanOutSink implements ResultSink {
    private final List<ResultSink> sinks;

    FanOutSink(List<ResultSink> sinks) {
        this.sinks = sinks;
    }

    @Override
    public void begin(String kind, String title, String plotName, List<ResultTable.Column> columns, boolean complex)
            throws IOException {
        for (ResultSink s : sinks) {
            s.begin(kind, title, plotName, columns, complex);
        }
    }

    @Override
    public void row(double[] values) throws IOException {
        for (ResultSink s : sinks) {
            s.row(values);
        }
    }

    @Override
    public void end() throws IOException {
        for (ResultSink s : sinks) {
            s.end();
        }
    }
}
