namespace Extractor.Cli;

/// <summary>Help text and usage errors.</summary>
internal static class Usage
{
    public static void Print(TextWriter writer)
    {
        writer.WriteLine("""
            extractor: people, organizations, places, dates and attributed quotes from English news text.

            Usage:
              extractor extract [--reference-date YYYY-MM-DD] [--format json|jsonl|text] [FILE...]
              extractor tokenize [FILE]
              extractor eval ner --format conll|ontonotes FILE [--model FILE] [--limit N] [--pipeline] [--errors FILE]
              extractor eval dates [--errors | --pairs] [--limit N] [--no-reference] DIR...
              extractor eval quotes DIR
              extractor train ner [options]   (see 'extractor train ner --help')
              extractor build gazetteer [--data DIR] [--output FILE]
              extractor build genders [--data DIR] [--output FILE] [--votes FILE]

            With no FILE, extract and tokenize read standard input.
            Exit codes: 0 success, 1 an input could not be read, 2 bad usage.
            """);
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"extractor: {message}");
        Console.Error.WriteLine("Run 'extractor --help' for usage.");
        return ExitCodes.BadUsage;
    }
}
