using System.Text;

namespace Extractor.Cli;

/// <summary>Reads inputs as UTF-8; invalid bytes become U+FFFD instead of failing.</summary>
internal static class InputReader
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string ReadFile(string path)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static string ReadStandardInput()
    {
        using var stdin = Console.OpenStandardInput();
        using var reader = new StreamReader(stdin, Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads <paramref name="source"/> ("-" is standard input); on failure writes a message naming the file and returns null.</summary>
    public static string? TryRead(string source)
    {
        if (source != "-" && Directory.Exists(source))
        {
            // Opening a directory fails with "access denied", which sends the user looking at permissions.
            Console.Error.WriteLine($"extractor: '{source}' is a directory; pass the files in it (for example '{Path.Combine(source, "*.txt")}')");
            return null;
        }

        try
        {
            return source == "-" ? ReadStandardInput() : ReadFile(source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"extractor: cannot read '{source}': {e.Message}");
            return null;
        }
    }
}
