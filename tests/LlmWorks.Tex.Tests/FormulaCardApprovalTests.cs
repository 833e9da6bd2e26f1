namespace LlmWorks.Tex.Tests;

using System.Xml.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

/// <summary>Snapshots of complete formula-card formulas, pretty-printed for review.</summary>
[UseApprovalSubdirectory("Approved")]
[UseReporter(typeof(QuietReporter))]
public sealed class FormulaCardApprovalTests
{
    [Fact]
    public void Sse() => Verify(@"SSE = \sum_{i=1}^{n}(y_i - \hat{y}_i)^2");

    [Fact]
    public void Mse() => Verify(@"MSE = \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2");

    [Fact]
    public void Rmse() => Verify(@"RMSE = \sqrt{\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2}");

    [Fact]
    public void Log_loss() =>
        Verify(@"J(m,b) = -\frac{1}{n}\sum_{i=1}^{n}\left[y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i)\right]");

    [Fact]
    public void Sigmoid() => Verify(@"\sigma(z) = \frac{1}{1+e^{-z}}");

    [Fact]
    public void Gradient() => Verify(@"\frac{\partial J}{\partial w} = \frac{1}{n}\sum_{i=1}^{n}(\hat{y}_i - y_i)x_i");

    [Fact]
    public void Decision_rule() =>
        Verify(@"\hat{y} = \begin{cases}1 & \text{if } \sigma(z) \ge 0.5\\ 0 & \text{otherwise}\end{cases}");

    [Fact]
    public void Aligned_derivation() =>
        Verify(@"\begin{aligned} \frac{\partial}{\partial b}\,\mathrm{MSE} &= \frac{1}{n}\sum_{i=1}^{n} 2(\hat{y}_i - y_i) \\ &= \frac{2}{n}\sum_{i=1}^{n}(m x_i + b - y_i) \end{aligned}");

    [Fact]
    public void Inline_sum() => Verify(@"\bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i", display: false);

    private static void Verify(string tex, bool display = true)
    {
        var markup = TexToMathMl.Convert(tex, display);
        var pretty = XDocument.Parse(markup).ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal);
        Approvals.Verify($"{tex}\n\n{pretty}\n");
    }
}
