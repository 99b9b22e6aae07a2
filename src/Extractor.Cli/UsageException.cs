namespace Extractor.Cli;

/// <summary>Thrown by argument parsing; the message names the bad argument and becomes exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
