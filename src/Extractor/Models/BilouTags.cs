namespace Extractor.Models;

/// <summary>
/// The BILOU class layout of a model with <c>T</c> entity types: class 0 is O (outside); type <c>t</c> owns classes
/// <c>1 + 4t</c> (Begin), <c>2 + 4t</c> (Inside), <c>3 + 4t</c> (Last) and <c>4 + 4t</c> (Unit, a one-token entity).
/// </summary>
internal static class BilouTags
{
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static int ClassCount(int typeCount) => 1 + (4 * typeCount);

    public static int Class(int type, int position) => 1 + (4 * type) + position;

    /// <summary>The type of a non-O class.</summary>
    public static int TypeOf(int cls) => (cls - 1) >> 2;

    /// <summary>The position (Begin/Inside/Last/Unit) of a non-O class.</summary>
    public static int PositionOf(int cls) => (cls - 1) & 3;

    /// <summary>True when the class leaves an entity open, so the next token must continue it.</summary>
    public static bool IsOpen(int cls) => cls != Outside && PositionOf(cls) is Begin or Inside;

    /// <summary>
    /// Whether <paramref name="cls"/> may follow <paramref name="previous"/> (-1 at a sentence start), given whether the
    /// token is the last of its sentence: an open entity must continue with I or L of its type, and nothing stays open at
    /// the end of a sentence.
    /// </summary>
    public static bool IsAllowed(int previous, int cls, bool lastToken)
    {
        bool open = previous > 0 && IsOpen(previous);
        if (open)
        {
            if (cls == Outside || TypeOf(cls) != TypeOf(previous))
            {
                return false;
            }

            int position = PositionOf(cls);
            return lastToken ? position == Last : position is Inside or Last;
        }

        if (cls == Outside)
        {
            return true;
        }

        int p = PositionOf(cls);
        return lastToken ? p == Unit : p is Begin or Unit;
    }
}
