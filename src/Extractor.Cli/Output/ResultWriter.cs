using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Cli.Output;

/// <summary>
/// Writes extraction results in the CLI's contract formats: <c>json</c> (indented; an array when several inputs),
/// <c>jsonl</c> (one compact object a line, in input order) and <c>text</c> (a readable listing).
/// </summary>
internal sealed class ResultWriter : IDisposable
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly Stream _stream;
    private readonly string _format;
    private readonly bool _several;
    private readonly Utf8JsonWriter? _arrayWriter;
    private readonly StreamWriter? _textWriter;

    public ResultWriter(Stream stream, string format, bool several)
    {
        _stream = stream;
        _format = format;
        _several = several;
        if (format == "json" && several)
        {
            _arrayWriter = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder });
            _arrayWriter.WriteStartArray();
        }
        else if (format == "text")
        {
            _textWriter = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        }
    }

    public void Write(string source, ExtractionResult result)
    {
        switch (_format)
        {
            case "text":
                TextListing.Write(_textWriter!, source, result);
                _textWriter!.Flush();
                break;
            case "jsonl":
                using (var json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = Encoder }))
                {
                    ResultJson.Write(json, source, result);
                }

                _stream.WriteByte((byte)'\n');
                _stream.Flush();
                break;
            default:
                if (_arrayWriter is not null)
                {
                    ResultJson.Write(_arrayWriter, source, result);
                    _arrayWriter.Flush();
                }
                else
                {
                    using (var json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
                    {
                        ResultJson.Write(json, source, result);
                    }

                    _stream.WriteByte((byte)'\n');
                }

                break;
        }
    }

    public void Dispose()
    {
        if (_arrayWriter is not null)
        {
            _arrayWriter.WriteEndArray();
            _arrayWriter.Flush();
            _arrayWriter.Dispose();
            _stream.WriteByte((byte)'\n');
        }

        _textWriter?.Dispose();
        _stream.Flush();
        _ = _several;
    }
}
