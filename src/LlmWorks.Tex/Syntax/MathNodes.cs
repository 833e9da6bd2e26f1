namespace LlmWorks.Tex.Syntax;

/// <summary>Base of the formula syntax tree; each node maps to one MathML construct.</summary>
internal abstract record MathNode;

/// <summary>A horizontal sequence of nodes (<c>&lt;mrow&gt;</c>).</summary>
internal sealed record RowNode(IReadOnlyList<MathNode> Children) : MathNode
{
    /// <summary>An empty row, e.g. the base of <c>{}_i</c>.</summary>
    public static RowNode Empty { get; } = new(Array.Empty<MathNode>());
}

/// <summary>An identifier (<c>&lt;mi&gt;</c>). Single letters are italic unless <paramref name="Upright"/>.</summary>
internal sealed record IdentifierNode(string Text, bool Upright = false) : MathNode;

/// <summary>A number (<c>&lt;mn&gt;</c>).</summary>
internal sealed record NumberNode(string Text) : MathNode;

/// <summary>Literal text (<c>&lt;mtext&gt;</c>), spaces preserved.</summary>
internal sealed record TextNode(string Text) : MathNode;

/// <summary>Horizontal space (<c>&lt;mspace&gt;</c>); <paramref name="WidthEm"/> may be negative.</summary>
internal sealed record SpaceNode(double WidthEm) : MathNode;

/// <summary>The <c>form</c> attribute of an operator.</summary>
internal enum OperatorForm
{
    /// <summary>No explicit form; the browser infers it from the position in the row.</summary>
    Default,

    /// <summary><c>form="prefix"</c>, e.g. an opening fence or a unary minus.</summary>
    Prefix,

    /// <summary><c>form="postfix"</c>, e.g. a closing fence or a factorial.</summary>
    Postfix,

    /// <summary><c>form="infix"</c>, e.g. <c>\middle|</c>.</summary>
    Infix,
}

/// <summary>An operator, fence or separator (<c>&lt;mo&gt;</c>).</summary>
internal sealed record OperatorNode(string Text) : MathNode
{
    /// <summary>Explicit form, if any.</summary>
    public OperatorForm Form { get; init; }

    /// <summary>Explicit <c>stretchy</c> value, if any.</summary>
    public bool? Stretchy { get; init; }

    /// <summary>Whether to write <c>fence="true"</c>.</summary>
    public bool Fence { get; init; }

    /// <summary>Whether to write <c>separator="true"</c>.</summary>
    public bool Separator { get; init; }

    /// <summary>Whether to write <c>movablelimits="false"</c> (big operators, as Temml does).</summary>
    public bool FixedLimits { get; init; }

    /// <summary>Whether to write <c>lspace="0em" rspace="0em"</c> (primes, function application).</summary>
    public bool Tight { get; init; }

    /// <summary>True for operators that take limits (<c>\sum</c>, <c>\prod</c>, ...).</summary>
    public bool IsLargeOperator { get; init; }
}

/// <summary>A fraction (<c>&lt;mfrac&gt;</c>); <paramref name="DisplayStyle"/> forces \dfrac / \tfrac sizing.</summary>
internal sealed record FractionNode(MathNode Numerator, MathNode Denominator, bool? DisplayStyle) : MathNode;

/// <summary>A square root (<c>&lt;msqrt&gt;</c>) or, with an index, an n-th root (<c>&lt;mroot&gt;</c>).</summary>
internal sealed record RootNode(MathNode Body, MathNode? Index) : MathNode;

/// <summary>Sub- and/or superscripts; <paramref name="Limits"/> puts them under/over the base.</summary>
internal sealed record ScriptNode(MathNode Base, MathNode? Sub, MathNode? Sup, bool Limits) : MathNode;

/// <summary>An accent over a base (<c>&lt;mover accent="true"&gt;</c>).</summary>
internal sealed record AccentNode(MathNode Base, string Accent, bool Stretchy) : MathNode;

/// <summary>A <c>\left … \right</c> group with stretchy fences; a null fence is the empty delimiter <c>.</c>.</summary>
internal sealed record FencedNode(string? Open, MathNode Body, string? Close) : MathNode;

/// <summary>Horizontal alignment of a table column.</summary>
internal enum ColumnAlign
{
    /// <summary>Centered (matrices).</summary>
    Center,

    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Flush right.</summary>
    Right,
}

/// <summary>Describes how an environment lays out its table.</summary>
/// <param name="DisplayStyle">Whether cells use display style (aligned).</param>
/// <param name="AlignColumn">Alignment of a zero-based column.</param>
/// <param name="PadColumn">CSS left/right padding of a zero-based column given the column count.</param>
internal sealed record TableLayout(
    bool DisplayStyle,
    Func<int, ColumnAlign> AlignColumn,
    Func<int, int, (string Left, string Right)> PadColumn);

/// <summary>A table (<c>&lt;mtable&gt;</c>) of rows of cells.</summary>
internal sealed record TableNode(IReadOnlyList<IReadOnlyList<MathNode>> Rows, TableLayout Layout) : MathNode;
