using System.Collections;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>A read-only list view over a <see cref="TokenTable"/>: tokens are made on access, not stored as objects.</summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private readonly string _text;
    private readonly TokenTable _table;

    public TokenList(string text, TokenTable table)
    {
        _text = text;
        _table = table;
    }

    public int Count => _table.Count;

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_table.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return new Token(_text, new TextSpan(_table.Start(index), _table.End(index)), _table.Kind(index));
        }
    }

    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = 0; i < _table.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
