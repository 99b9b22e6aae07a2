using BenchmarkDotNet.Attributes;
using Extractor.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Tokenizing and sentence splitting, the first stage of every call. Throughput in tokens per second is the token
/// count (the returned value, also printed once in global setup) divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly TokenTable _table = new(1024);
    private string _text = string.Empty;

    /// <summary>The document size.</summary>
    [Params(BenchmarkCorpus.Size.Paragraph, BenchmarkCorpus.Size.Article, BenchmarkCorpus.Size.Megabyte)]
    public BenchmarkCorpus.Size Size { get; set; }

    /// <summary>Loads the text and warms the table to its final size, so iterations measure no growth.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Get(Size);
        int tokens = TokenizeAndSplit();
        Console.WriteLine($"// {Size}: {_text.Length:N0} chars, {tokens:N0} tokens, {_table.SentenceCount:N0} sentences");
    }

    /// <summary>Tokenizes only.</summary>
    [Benchmark]
    public int Tokenize()
    {
        Tokenizer.Tokenize(_text, _table);
        return _table.Count;
    }

    /// <summary>Tokenizes and splits into sentences, as <c>AnalyzedDocument.Create</c> does.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeAndSplit()
    {
        Tokenizer.Tokenize(_text, _table);
        SentenceSplitter.Split(_text, _table);
        return _table.Count;
    }
}
