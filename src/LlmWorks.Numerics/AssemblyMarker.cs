namespace LlmWorks.Numerics;

/// <summary>Marks the assembly; used by tests and reflection.</summary>
public static class AssemblyMarker
{
}
