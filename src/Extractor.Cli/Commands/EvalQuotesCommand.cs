namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval quotes</c>.</summary>
internal static class EvalQuotesCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("extractor: 'eval quotes' is not available yet.");
        return ExitCodes.BadUsage;
    }
}
