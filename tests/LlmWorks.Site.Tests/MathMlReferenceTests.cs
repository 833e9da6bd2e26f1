using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LlmWorks.Tex;
using LlmWorks.Testing;
using Xunit.Abstractions;

namespace LlmWorks.Site.Tests;

/// <summary>
/// Every formula on the built site, and each construct the formula cards rely on, converted by LlmWorks and by Temml
/// (the reference TeX → MathML converter, pinned in <c>tools/package.json</c>): the two must have the same
/// skeleton — the same schemata nested the same way around the same tokens (<see cref="MathMlSkeleton"/>).
/// </summary>
public sealed partial class MathMlReferenceTests(ITestOutputHelper log)
{
    private static readonly string Temml = Path.Combine(RepoPaths.Root, "tools", "node_modules", "temml", "package.json");

    /// <summary>Constructs of the formula cards that no page happens to use yet, so they are compared too.</summary>
    private static readonly string[] Constructs =
    [
        @"\prod_{i=1}^{n} \hat{y}_i^{\,y_i} (1 - \hat{y}_i)^{1 - y_i}",
        @"\bar{x} = \frac{1}{n} \sum_{i=1}^{n} x_i",
        @"\sigma(z) = \frac{1}{1 + \exp(-z)}",
        @"\log \frac{p}{1 - p} = \beta_0 + \beta_1 x",
        @"\frac{\partial J}{\partial w} = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i) \cdot x_i",
        @"\left( \frac{a}{b} \right)^2 + \left[ x \right]",
        @"\operatorname{sign}(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}",
        @"\begin{aligned} a &= b + c \\ &= d \end{aligned}",
        @"\alpha \beta \gamma \delta \epsilon \eta \theta \lambda \mu \pi \rho \tau \phi \omega \Delta \Sigma",
        @"\sqrt[3]{x} + \sqrt{x^2 + y^2}",
    ];

    [Fact]
    public void Every_formula_has_the_same_skeleton_as_temml()
    {
        var formulas = SiteFormulas().Concat(Constructs.SelectMany(tex => new[]
        {
            (Tex: tex, Display: true, Ours: TexToMathMl.Convert(tex, true), Where: "construct"),
            (Tex: tex, Display: false, Ours: TexToMathMl.Convert(tex, false), Where: "construct"),
        })).ToList();
        Assert.True(formulas.Count > 100, $"only {formulas.Count} formulas found on the site");
        if (!File.Exists(Temml))
        {
            Assert.False(Chromium.Required, "CI must install Temml (npm ci --prefix tools)");
            log.WriteLine("temml not installed (npm ci --prefix tools): MathML not compared with the reference");
            return;
        }

        var reference = RunTemml(formulas.Select(f => (f.Tex, f.Display)).ToList());
        var differences = new List<string>();
        for (var i = 0; i < formulas.Count; i++)
        {
            var (tex, _, ours, where) = formulas[i];
            if (reference[i].StartsWith("ERROR:", StringComparison.Ordinal))
            {
                differences.Add($"{where}: Temml rejects {tex}: {reference[i]}");
                continue;
            }
            var a = MathMlSkeleton.Of(MathMlSkeleton.Parse(ours));
            var b = MathMlSkeleton.Of(MathMlSkeleton.Parse(reference[i]));
            if (a != b) differences.Add($"{where}: {tex}\n  ours:  {a}\n  temml: {b}");
        }
        log.WriteLine($"compared {formulas.Count} formulas with Temml");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void The_skeleton_sees_a_real_difference()
    {
        // The comparison must be able to fail: a fraction and a division, or swapped scripts, are different formulas.
        var frac = MathMlSkeleton.Of(MathMlSkeleton.Parse(TexToMathMl.Convert(@"\frac{a}{b}", true)));
        var slash = MathMlSkeleton.Of(MathMlSkeleton.Parse(TexToMathMl.Convert("a/b", true)));
        Assert.Equal("math(mfrac(mi:a,mi:b))", frac);
        Assert.NotEqual(frac, slash);
        Assert.NotEqual(
            MathMlSkeleton.Of(MathMlSkeleton.Parse(TexToMathMl.Convert("x_i^2", true))),
            MathMlSkeleton.Of(MathMlSkeleton.Parse(TexToMathMl.Convert("x_2^i", true))));
    }

    /// <summary>(TeX, display, our MathML, page) for every distinct formula of the built site.</summary>
    private static IEnumerable<(string Tex, bool Display, string Ours, string Where)> SiteFormulas()
    {
        var seen = new HashSet<(string, bool)>();
        foreach (var page in BuiltSite.Pages)
        {
            foreach (Match m in MathElement().Matches(File.ReadAllText(page)))
            {
                var math = MathMlSkeleton.Parse(m.Value);
                var tex = math.Descendants().Single(e => e.Name.LocalName == "annotation").Value;
                var display = (string?)math.Attribute("display") == "block";
                if (seen.Add((tex, display)))
                    yield return (tex, display, m.Value, Path.GetRelativePath(BuiltSite.Folder, page));
            }
        }
    }

    private static List<string> RunTemml(List<(string Tex, bool Display)> formulas)
    {
        var dir = RepoPaths.NewTempDir("llmworks-temml");
        var input = Path.Combine(dir, "in.json");
        var output = Path.Combine(dir, "out.json");
        File.WriteAllText(input, JsonSerializer.Serialize(formulas.Select(f => new { tex = f.Tex, display = f.Display })));
        var psi = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(RepoPaths.Root, "tools", "temml-mathml.cjs"), input, output }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(1)), "node did not finish in a minute");
        Assert.True(p.ExitCode == 0, stderr.Result);
        var results = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(output))!;
        Assert.Equal(formulas.Count, results.Count);
        return results;
    }

    [GeneratedRegex(@"<math\b.*?</math>", RegexOptions.Singleline)]
    private static partial Regex MathElement();
}
