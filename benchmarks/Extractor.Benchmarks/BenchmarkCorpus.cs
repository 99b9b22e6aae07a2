using System.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Realistic news text in three sizes. Uses the BBC articles in <c>../shared/data/raw/bbc</c> when they are beside the
/// repository, otherwise the sample article written for this repository, repeated.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<string[]> Articles = new(LoadArticles);

    /// <summary>Document sizes the benchmarks are parameterized over.</summary>
    public enum Size
    {
        /// <summary>One paragraph (a few hundred characters).</summary>
        Paragraph,

        /// <summary>One news article (a few thousand characters).</summary>
        Article,

        /// <summary>About one megabyte of articles.</summary>
        Megabyte,
    }

    /// <summary>Every article of the corpus, in its order.</summary>
    public static IReadOnlyList<string> AllArticles() => Articles.Value;

    /// <summary>Returns the text for <paramref name="size"/>.</summary>
    public static string Get(Size size)
    {
        var articles = Articles.Value;
        switch (size)
        {
            case Size.Paragraph:
                string article = articles[0];
                int firstBreak = article.IndexOf("\n\n", StringComparison.Ordinal);
                int secondBreak = firstBreak < 0 ? -1 : article.IndexOf("\n\n", firstBreak + 2, StringComparison.Ordinal);
                return secondBreak > 0 ? article[(firstBreak + 2)..secondBreak] : article;
            case Size.Article:
                return articles[0];
            default:
                var builder = new StringBuilder(1 << 20);
                for (int i = 0; builder.Length < 1_000_000; i++)
                {
                    builder.Append(articles[i % articles.Length]).Append("\n\n");
                }

                return builder.ToString();
        }
    }

    private static string[] LoadArticles()
    {
        string? root = FindUp("Extractor.sln");
        if (root is not null)
        {
            string bbc = Path.Combine(root, "..", "shared", "data", "raw", "bbc");
            if (Directory.Exists(bbc))
            {
                var files = Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
                if (files.Length > 0)
                {
                    // Start from a politics article: it has people, places, dates and quotes.
                    return files.OrderBy(f => f.Contains("politics", StringComparison.Ordinal) ? 0 : 1).Select(File.ReadAllText).ToArray();
                }
            }

            string sample = Path.Combine(root, "samples", "article.txt");
            if (File.Exists(sample))
            {
                return [File.ReadAllText(sample)];
            }
        }

        throw new InvalidOperationException("No benchmark text found: neither ../shared/data/raw/bbc nor samples/article.txt.");
    }

    private static string? FindUp(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, file)))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, file)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
