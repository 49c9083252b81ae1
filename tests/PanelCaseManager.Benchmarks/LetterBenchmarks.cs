using BenchmarkDotNet.Attributes;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using SkiaSharp;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// Decision letters per second: the whole composer (template, layout, shaping, PDF) against a minimal Skia
/// document drawing the same words with the same font on the same number of pages, and two letters on two threads
/// against one. Bytes per letter are printed at set-up. Run:
/// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- --filter '*LetterBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class LetterBenchmarks
{
    private LetterComposerFixture _letters = null!;
    private DecisionLetterModel _model = null!;
    private List<string> _lines = null!;
    private int _pages;

    [GlobalSetup]
    public void SetUp()
    {
        _letters = new LetterComposerFixture();
        _model = A.DecisionLetter(LetterOutcome.NameAnotherSetting);
        var letter = _letters.Compose(_model);
        _pages = letter.PageCount;
        using var text = new PdfText(letter.Pdf);
        // The same words, in lines of about the letter's length, for the baseline to draw.
        _lines = text.All.Split(' ').Chunk(12).Select(words => string.Join(' ', words)).ToList();
        var baseline = MinimalSkiaDocument();
        Console.WriteLine($"// Letter: {letter.PageCount} pages, {letter.Pdf.Length:N0} bytes; minimal Skia document of the same text: {baseline.Length:N0} bytes");
    }

    [GlobalCleanup]
    public void CleanUp() => _letters.Dispose();

    [Benchmark(Baseline = true, Description = "Minimal Skia PDF, same text and font")]
    public byte[] MinimalSkiaDocument()
    {
        using var output = new MemoryStream();
        using (var stream = new SKManagedWStream(output))
        using (var document = SKDocument.CreatePdf(stream))
        using (var font = new SKFont(_letters.Fonts.Typeface(bold: false), 12))
        using (var paint = new SKPaint { Color = SKColors.Black })
        {
            var perPage = (_lines.Count / _pages) + 1;
            foreach (var page in _lines.Chunk(perPage))
            {
                var canvas = document.BeginPage(595, 842);
                var y = 60f;
                foreach (var line in page)
                {
                    canvas.DrawText(line, 70, y, font, paint);
                    y += 16.5f;
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    [Benchmark(Description = "Decision letter, one thread")]
    public ComposedLetter Letter() => _letters.Compose(_model);

    [Benchmark(Description = "Two decision letters on two threads")]
    public void TwoLettersOnTwoThreads() => Parallel.Invoke(() => _letters.Compose(_model), () => _letters.Compose(_model));
}
