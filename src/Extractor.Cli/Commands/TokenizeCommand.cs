using System.Text.Json;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor tokenize [FILE]</c>: tokens and sentences as one JSON object.</summary>
internal static class TokenizeCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, []);
        if (reader.Positional.Count > 1)
        {
            throw new UsageException($"'tokenize' takes at most one FILE; '{reader.Positional[1]}' is extra");
        }

        string source = reader.Positional.Count == 1 ? reader.Positional[0] : "-";
        string? text = InputReader.TryRead(source);
        if (text is null)
        {
            return ExitCodes.UnreadableInput;
        }

        var tokenized = NewsExtractor.Default.Tokenize(text);
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("tokens");
        foreach (var token in tokenized.Tokens)
        {
            json.WriteStartObject();
            json.WriteString("text", token.AsSpan());
            json.WriteNumber("start", token.Span.Start);
            json.WriteNumber("end", token.Span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in tokenized.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("start", sentence.Span.Start);
            json.WriteNumber("end", sentence.Span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
        return ExitCodes.Success;
    }
}
