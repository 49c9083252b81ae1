using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PanelCaseManager.Testing;

/// <summary>
/// How hard a text is to read, as the Flesch-Kincaid grade level (Kincaid et al., 1975):
/// 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59. A US school grade: add 5 for a reading age
/// (grade 6 ≈ 11 years, grade 8 ≈ 13; GOV.UK writes for a reading age of 9).
/// <para>
/// The text is given as units — a paragraph, a heading, a list item, a table cell — each of which ends at least one
/// sentence, since a heading or a list item has no full stop of its own. Within a unit, a sentence ends at '.', '!',
/// '?' or ':' followed by a space or the end (a colon that introduces a list or an explanation ends a thought for the
/// reader as much as a full stop does; abbreviations such as "reg." and "No." are not sentence ends).
/// </para>
/// <para>
/// The proper names of laws, bodies, services and settings are not the writer's to simplify (the issue that asked
/// for this test says so): every occurrence of a name given to <see cref="Measure"/> is left out of the count, as are
/// numbers, dates, references (PR-2026-000123), email and web addresses.
/// </para>
/// </summary>
public static partial class Readability
{
    public sealed record Score(int Sentences, int Words, int Syllables, double Grade, IReadOnlyList<string> LongestSentences)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"grade {Grade:0.0} ({Words} words, {Sentences} sentences, {Syllables} syllables); longest: {string.Join(" | ", LongestSentences)}");
    }

    /// <summary>The grade of the text in <paramref name="units"/>, with <paramref name="properNames"/> left out of the count.</summary>
    public static Score Measure(IEnumerable<string> units, IEnumerable<string> properNames)
    {
        ArgumentNullException.ThrowIfNull(units);
        var names = properNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().OrderByDescending(n => n.Length).ToList();
        var sentences = new List<List<string>>();
        foreach (var unit in units)
        {
            var text = Normalise(unit);
            foreach (var name in names)
            {
                text = Regex.Replace(text, Regex.Escape(name) + "(?:'s)?", " ");
            }

            text = NotWords().Replace(text, " ");
            foreach (var sentence in SentenceEnd().Split(text))
            {
                var words = WordPattern().Matches(sentence).Select(m => m.Value).Where(w => w.Any(char.IsLetter)).ToList();
                if (words.Count > 0)
                {
                    sentences.Add(words);
                }
            }
        }

        var wordCount = sentences.Sum(s => s.Count);
        if (wordCount == 0)
        {
            return new Score(0, 0, 0, 0, []);
        }

        var syllables = sentences.Sum(s => s.Sum(Syllables.Count));
        var grade = (0.39 * wordCount / sentences.Count) + (11.8 * syllables / wordCount) - 15.59;
        var longest = sentences.OrderByDescending(s => s.Count).Take(3).Select(s => string.Join(' ', s)).ToList();
        return new Score(sentences.Count, wordCount, syllables, Math.Round(grade, 2), longest);
    }

    private static string Normalise(string unit)
    {
        var text = unit.Replace('\u00a0', ' ').Replace('’', '\'').Replace('–', ' ').Replace('—', ' ').Trim();
        return text.Length == 0 ? text : text + (".!?:".Contains(text[^1], StringComparison.Ordinal) ? " " : ". ");
    }

    // Email and web addresses, case references, dates and numbers: left out of the count.
    [GeneratedRegex(@"\S+@\S+|https?://\S+|www\.\S+|\b[A-Z]{2,}-\d{4}-\d+\b|\b\d[\d,./:()-]*\b|\((?:[a-z]|\d+)\)")]
    private static partial Regex NotWords();

    [GeneratedRegex(@"(?<!\b(?:reg|No|para|s|e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St))[.!?:]+(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z\u00C0-\u024F]+(?:['-][A-Za-z\u00C0-\u024F]+)*")]
    private static partial Regex WordPattern();
}

/// <summary>
/// Counts the syllables of an English word: the vowel groups of its spelling, corrected by the rules of English
/// spelling that make a group silent (a final "e", "-ed" after most consonants, "-es" after most consonants, "-tion",
/// "-cial", "-gue"…) or split one group in two ("-ia-", "-io-", "-eo-", "-ier", "-ism", a final consonant + "le"), and
/// a list of the words those rules get wrong. Hyphenated and compound words are counted part by part. Checked against
/// dictionary counts in ReadabilityMeasureTests.
/// </summary>
public static partial class Syllables
{
    // Words the rules get wrong, with the syllables a dictionary gives them (compounds and borrowed spellings mostly).
    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["the"] = 1, ["are"] = 1, ["were"] = 1, ["there"] = 1, ["where"] = 1, ["here"] = 1, ["one"] = 1, ["once"] = 1,
        ["some"] = 1, ["come"] = 1, ["done"] = 1, ["gone"] = 1, ["none"] = 1, ["give"] = 1, ["gives"] = 1, ["have"] = 1,
        ["live"] = 1, ["lives"] = 1, ["whose"] = 1, ["lose"] = 1, ["move"] = 1, ["moves"] = 1, ["sure"] = 1,
        ["people"] = 2, ["every"] = 2, ["everyone"] = 3, ["everything"] = 3, ["business"] = 2, ["area"] = 3, ["areas"] = 3,
        ["idea"] = 3, ["ideas"] = 3, ["create"] = 2, ["created"] = 3, ["creates"] = 2, ["being"] = 2, ["going"] = 2,
        ["doing"] = 2, ["seeing"] = 2, ["agreeing"] = 3, ["science"] = 2, ["quiet"] = 2, ["society"] = 4, ["period"] = 3,
        ["periods"] = 3, ["media"] = 3, ["real"] = 1, ["really"] = 2, ["maybe"] = 2, ["recipe"] = 3, ["someone"] = 2,
        ["somewhere"] = 2, ["sometimes"] = 2, ["anyone"] = 3, ["therefore"] = 2, ["whereas"] = 2, ["evening"] = 2,
        ["interest"] = 3, ["interested"] = 4, ["different"] = 3, ["difference"] = 3, ["family"] = 3, ["families"] = 3,
        ["several"] = 3, ["general"] = 3, ["camera"] = 3, ["chocolate"] = 3, ["vegetable"] = 4, ["comfortable"] = 4,
        ["whenever"] = 3, ["however"] = 3, ["wherever"] = 3, ["whatever"] = 3, ["reopened"] = 3,
        ["reopen"] = 3, ["reopens"] = 3, ["preview"] = 2, ["review"] = 2, ["reviewed"] = 2, ["reviews"] = 2,
        ["guidance"] = 2, ["ensure"] = 2, ["ensures"] = 2, ["appeal"] = 2, ["appeals"] = 2,
        ["appealed"] = 2, ["deal"] = 1, ["ideal"] = 3, ["username"] = 3, ["online"] = 2, ["website"] = 2,
        ["websites"] = 2, ["homepage"] = 2, ["likely"] = 2, ["lonely"] = 2, ["timeline"] = 2, ["statement"] = 2,
        ["statements"] = 2, ["placement"] = 2, ["placements"] = 2, ["agreement"] = 3, ["movement"] = 2,
        ["management"] = 3, ["requirement"] = 4, ["requirements"] = 4, ["involvement"] = 3, ["achievement"] = 3,
        ["excitement"] = 3, ["useful"] = 2, ["careful"] = 2, ["hopeful"] = 2, ["homework"] = 2, ["lifetime"] = 2,
        ["namely"] = 2, ["safely"] = 2, ["fire"] = 1, ["hire"] = 1, ["tired"] = 1, ["our"] = 1, ["hour"] = 1,
        ["hours"] = 1, ["poem"] = 2, ["video"] = 3, ["radio"] = 3, ["ratio"] = 3, ["audio"] = 3,
        ["braille"] = 1, ["cooperate"] = 4, ["coordinate"] = 4, ["preeminent"] = 4, ["naive"] = 2, ["eye"] = 1,
        ["eyes"] = 1, ["bye"] = 1, ["tribunal"] = 3, ["tribunals"] = 3, ["prior"] = 2, ["diet"] = 2, ["client"] = 2,
        ["via"] = 2, ["trial"] = 2, ["dial"] = 2, ["denial"] = 3, ["ones"] = 1,
        ["whole"] = 1, ["else"] = 1, ["whereby"] = 2, ["apply"] = 2, ["applies"] = 2, ["applied"] = 2,
        ["reply"] = 2, ["replies"] = 2, ["replied"] = 2, ["supply"] = 2, ["welsh"] = 1, ["fuel"] = 2, ["cruel"] = 2,
        ["nineteen"] = 2, ["ninety"] = 2, ["lovely"] = 2, ["forever"] = 3, ["somebody"] = 3, ["anybody"] = 4,
        ["everybody"] = 4, ["nobody"] = 3, ["anything"] = 3, ["something"] = 2, ["nothing"] = 2, ["anywhere"] = 3,
        ["everywhere"] = 3, ["nowhere"] = 2, ["hereby"] = 2, ["therein"] = 2, ["furthermore"] = 3,
    };

    // Starts in which a prefix is a syllable of its own before a vowel ("re-assess", "co-ordinate", "pre-empt").
    private static readonly string[] PrefixBeforeVowel =
        ["reass", "react", "readj", "reapp", "reall", "reent", "reiss", "reorg", "reeval", "reexam", "preexist", "preempt", "coop", "coord", "deact"];

    // Abbreviations said as words; any other in capitals is spelt out letter by letter ("EHC", "URN").
    private static readonly Dictionary<string, int> SpokenAbbreviations = new(StringComparer.Ordinal)
    {
        ["SEND"] = 1, ["SENCO"] = 2, ["SENCOs"] = 2, ["SENDIASS"] = 3, ["GOV"] = 1, ["UK"] = 2, ["PDF"] = 3,
    };

    /// <summary>The syllables of one word; at least one for any word with a letter.</summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (SpokenAbbreviations.TryGetValue(word.TrimEnd('s'), out var spoken) || SpokenAbbreviations.TryGetValue(word, out spoken))
        {
            return spoken;
        }

        if (word.Length >= 2 && word.TrimEnd('s').All(char.IsUpper))
        {
            return word.TrimEnd('s').Sum(c => c == 'W' ? 3 : 1);
        }

        var w = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        w = new string(w.Where(c => c is (>= 'a' and <= 'z') or '\'' or '-').ToArray()).Trim('\'', '-');
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            // "James's", "the Tribunal's": the possessive adds a syllable only after a hissing sound.
            return Count(stem) + (Regex.IsMatch(stem, "(s|x|z|ch|sh|ce|se|ge)$") ? 1 : 0);
        }

        w = w.Replace("'", string.Empty, StringComparison.Ordinal);
        if (w.Contains('-', StringComparison.Ordinal))
        {
            return w.Split('-', StringSplitOptions.RemoveEmptyEntries).Sum(Count);
        }

        if (w.Length == 0)
        {
            return 0;
        }

        if (Exceptions.TryGetValue(w, out var known))
        {
            return known;
        }

        return Math.Max(1, ByRules(w));
    }

    private static int ByRules(string w)
    {
        // "y" is a vowel except at the start of the word or a syllable ("you", "beyond").
        var groups = 0;
        var inGroup = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w[i]) || (w[i] == 'y' && i > 0 && !IsVowel(w[i - 1]));
            if (vowel && !inGroup)
            {
                groups++;
            }

            inGroup = vowel;
        }

        var count = groups;

        // Silent letters: a final "e" ("make"; not "the", "be", "free", or a consonant + "le" as in "table").
        if (w.Length > 2 && w[^1] == 'e' && !IsVowel(w[^2]) && !(w[^2] == 'l' && !IsVowel(w[^3])) && count > 1)
        {
            count--;
        }

        // "-es" after most consonants ("makes", "lives"); kept after a hissing sound ("places", "changes", "uses").
        if (w.Length > 3 && w.EndsWith("es", StringComparison.Ordinal) && !IsVowel(w[^3]) && !Regex.IsMatch(w, "(s|x|z|ch|sh|c|g|ll|rl)es$")
            && !(w[^3] == 'l' && !IsVowel(w[^4])) && count > 1)
        {
            count--;
        }

        // "-ed" after a consonant other than t or d ("asked", "named"), but kept in "-ted", "-ded" ("wanted", "needed").
        if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && !IsVowel(w[^3]) && w[^3] is not ('t' or 'd') && count > 1
            && !(w[^3] == 'l' && !IsVowel(w[^4]) && w[^4] is not ('l' or 'r')))
        {
            count--;
        }

        // One sound from two vowel groups: "-tion"/"-sion"/"-cian"/"-cial"/"-tial"/"-cious"/"-gious" already one group; "-gue" and "-que" endings.
        if (Regex.IsMatch(w, "(gue|que)s?$") && count > 1)
        {
            count--;
        }

        // Two sounds in one vowel group: "-ia-", "-io-", "-iu-", "-eo-", "-ua-", "-uo-", "-ie(r|st)" and so on,
        // except where the "i" only softens a consonant ("-tion", "-sion", "-cial", "-tial", "-cian", "-gious", "-cious").
        count += Regex.Count(w, "(?<![tcsgx]|qu|gu)i[aou]");
        count += Regex.Count(w, "(?<=[^aeiouy])ie(r|st)$|eo(?!u)|(?<![gq])u[ao](?!y)|ii");
        count += Regex.IsMatch(w, "[^aeiou](ism|asm)$") ? 1 : 0;
        count += Regex.IsMatch(w, "[aeiouy][^aeiouy]ing$") ? 0 : Regex.Count(w, "(?<=[aeiou])ing$");

        // "re-", "co-", "pre-", "de-" before a vowel are a syllable of their own ("reassess", "coordinate").
        if (PrefixBeforeVowel.Any(p => w.StartsWith(p, StringComparison.Ordinal)))
        {
            count++;
        }

        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

/// <summary>The proper names of laws, courts and bodies that family pages and letters must call by their names: left out of the count.</summary>
public static class ProperNames
{
    public static IReadOnlyList<string> LawsAndBodies { get; } =
    [
        "First-tier Tribunal (Special Educational Needs and Disability)",
        "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018",
        "Special Educational Needs and Disability Regulations 2014",
        "Children and Families Act 2014",
        "Education Act 1996",
        "Data Protection Act 2018",
        "SEND Regulations 2014",
        "SEND Code of Practice",
        "SEND Tribunal",
        "Equality and Human Rights Commission",
        "Equality Advisory and Support Service",
        "Information Commissioner's Office",
        "Web Content Accessibility Guidelines",
        "UK GDPR",
        "WCAG",
        "AbilityNet",
        "Relay UK",
        "GOV.UK",
    ];

    /// <summary>The names of laws and bodies, and of the people, services and settings given.</summary>
    public static IReadOnlyList<string> With(params IEnumerable<string?>[] others) =>
        LawsAndBodies.Concat(others.SelectMany(o => o)).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
}
