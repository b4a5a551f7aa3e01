namespace EcsScaling.Core.Model;

/// <summary>
/// How each value of a word is spelled on the wire: AWS's words (a status, a lifecycle result…) and
/// the words of our own answers (a drain outcome). Core works with the enum; only the edges (the AWS
/// adapters, the event parsers, the result writers, the simulator's wire) read and write the text,
/// all through the word's one table. Matching is exact (ordinal).
/// </summary>
public sealed class WireText<T>
    where T : struct, Enum
{
    private readonly (string Text, T Value)[] words;

    public WireText(params (string Text, T Value)[] words)
    {
        this.words = words;
    }

    /// <summary>The words in table order, for a reader that matches them its own way (configuration ignores case).</summary>
    public IReadOnlyList<(string Text, T Value)> Words => words;

    /// <summary>The choices for a message: "A, B or C".</summary>
    public string Expected => words.Length == 1
        ? words[0].Text
        : $"{string.Join(", ", words[..^1].Select(w => w.Text))} or {words[^1].Text}";

    public string Of(T value)
    {
        foreach (var (text, word) in words)
        {
            if (EqualityComparer<T>.Default.Equals(word, value))
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no wire text");
    }

    public bool TryParse(string? text, out T value)
    {
        foreach (var (wordText, word) in words)
        {
            if (string.Equals(wordText, text, StringComparison.Ordinal))
            {
                value = word;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <exception cref="FormatException">The text is none of the words.</exception>
    public T Parse(string? text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"unknown {typeof(T).Name} \"{text}\": expected {Expected}");
}
