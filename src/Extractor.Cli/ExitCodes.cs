namespace Extractor.Cli;

/// <summary>The exit codes of the <c>extractor</c> command, part of its contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one input file could not be read; the others were still processed.</summary>
    public const int UnreadableInput = 1;

    /// <summary>Bad usage: unknown command or option, or an invalid option value.</summary>
    public const int BadUsage = 2;
}
