namespace LlmWorks.Numerics.Tests;

public sealed class ModelsTests
{
    [Fact]
    public void Parameter_names_fix_the_order()
    {
        Assert.Equal(["slope", "intercept"], Models.ParameterNames(ModelKind.Linear));
        Assert.Equal(["a", "b", "c"], Models.ParameterNames(ModelKind.Quadratic));
        Assert.Equal(["b0", "b1"], Models.ParameterNames(ModelKind.Logistic));
    }

    [Fact]
    public void Predictions_follow_the_documented_formulas()
    {
        Assert.Equal(2 * 3.0 + 1, Models.Predict(ModelKind.Linear, [2, 1], 3));
        Assert.Equal(2 * 9.0 - 3 + 0.5, Models.Predict(ModelKind.Quadratic, [2, -1, 0.5], 3));
        Assert.Equal(1 / (1 + Math.Exp(-(-1 + 2 * 0.75))), Models.Predict(ModelKind.Logistic, [-1, 2], 0.75), 15);
        Assert.Throws<ArgumentException>(() => Models.Predict(ModelKind.Quadratic, [1, 2], 0));
    }

    [Fact]
    public void Sigmoid_is_stable_and_symmetric_for_large_arguments()
    {
        Assert.Equal(0.5, Models.Sigmoid(0));
        Assert.Equal(1.0, Models.Sigmoid(800));
        Assert.Equal(Math.Exp(-800), Models.Sigmoid(-800));
        Assert.True(Models.Sigmoid(-800) > 0 || Math.Exp(-800) == 0);
        Assert.Equal(Math.Exp(-40) / (1 + Math.Exp(-40)), Models.Sigmoid(-40), 1e-30);
        foreach (var z in new[] { 0.1, 1, 5, 30 })
        {
            TestData.Near(1.0, Models.Sigmoid(z) + Models.Sigmoid(-z), 1e-15);
        }
    }

    [Theory]
    [InlineData("linear", ModelKind.Linear)]
    [InlineData("Quadratic", ModelKind.Quadratic)]
    [InlineData(" LOGISTIC ", ModelKind.Logistic)]
    public void Parse_is_case_insensitive(string name, ModelKind expected) => Assert.Equal(expected, Models.Parse(name));

    [Fact]
    public void Parse_lists_valid_names_on_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Models.Parse("cubic"));
        Assert.Contains("linear, quadratic, logistic", e.Message);
    }
}
