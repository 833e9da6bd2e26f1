using System.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Figures.Tests;

[UseApprovalSubdirectory("Approved")]
[UseReporter(typeof(QuietReporter))]
public sealed class SnapshotTests
{
    [Fact]
    public void Small_chart_svg()
    {
        var chart = new Chart2D(new Axis("x", 0, 2), new Axis("y", 0, 4),
        [
            new LineMark([new(0, 1), new(2, 3)], SampleFigures.Red, 2),
            new ScatterMark([new(0.5, 1), new(1, 2.5), new(1.5, 2)], SampleFigures.Blue, 5),
        ]);
        var figure = Figure.Single(240, 160, Theme.Light with { TitleSize = 12 }, new Panel("Tiny", chart, []));
        Approvals.Verify(Encoding.UTF8.GetString(FigureExport.Svg(figure)));
    }
}
