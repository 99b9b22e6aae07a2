using System.Runtime.CompilerServices;

// The date evaluation (TimeML reader, scorer) is tested directly by tests/Extractor.Tests/Dates.
[assembly: InternalsVisibleTo("Extractor.Tests")]
