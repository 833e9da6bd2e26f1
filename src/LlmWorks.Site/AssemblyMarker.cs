namespace LlmWorks.Site;

/// <summary>Marks the assembly; used by tests and reflection.</summary>
public static class AssemblyMarker
{
}
