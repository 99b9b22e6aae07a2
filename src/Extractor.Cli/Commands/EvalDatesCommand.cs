namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval dates</c>.</summary>
internal static class EvalDatesCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("extractor: 'eval dates' is not available yet.");
        return ExitCodes.BadUsage;
    }
}
