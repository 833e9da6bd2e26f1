using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using LlmWorks.Site.Publishing;
using LlmWorks.Testing;

[assembly: UseReporter(typeof(QuietReporter))]

namespace LlmWorks.Site.Tests;

[UseApprovalSubdirectory("Approved")]
public sealed class SsePageApprovalTests
{
    [Fact]
    public void Sse_page_html_matches_the_approved_snapshot()
    {
        var files = SiteBuilder.Render(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, "unused"));
        var page = files.All.Single(f => f.Path == "linear-regression/sse/index.html");
        Approvals.Verify(System.Text.Encoding.UTF8.GetString(page.Bytes));
    }
}
