using System.Text;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

public class SettingsCsvTests
{
    private const string Header = "urn,name,phase,lowest_age,highest_age,kind,sector,status,in_authority_area,postcode,latitude,longitude,commissioned_places,places_filled,annual_cost";
    private const string Larkspur = "117701,Larkspur School,AllThrough,4,19,SpecialSchool,communication-and-autism,MaintainedSchool,true,SG1 3AB,51.912,-0.201,140,131,33500.50";
    private const string Juniper = "117702,Juniper School,Primary,3,11,SpecialSchool,communication-and-autism,academy,yes,SG5 1AB,51.965,-0.29,70,70,£32900";

    private ApplicationHarness _app = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<ImportSettings.Result> Import(string text) => _app.SendAs(Personas.Administrator, new ImportSettings.Command(Encoding.UTF8.GetBytes(text)));

    private async Task<IReadOnlyDictionary<string, string[]>> ImportRefused(byte[] content)
    {
        var act = () => _app.SendAs(Personas.Administrator, new ImportSettings.Command(content));
        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        (await _app.Read(db => db.Settings.CountAsync())).Should().Be(0, "a file with any bad row imports nothing");
        return errors;
    }

    [Test]
    public async Task A_file_adds_new_settings_and_updates_those_whose_urn_is_known()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Old Name"));

        var result = await Import($"\uFEFF{Header}\r\n{Larkspur}\r\n{Juniper}\r\n");

        result.Should().Be(new ImportSettings.Result(2, 1, 1, 0));
        var settings = await _app.Read(db => db.Settings.OrderBy(s => s.Urn).ToListAsync());
        settings.Select(s => s.Name).Should().Equal("Larkspur School", "Juniper School");
        settings[1].AnnualCost.Pence.Should().Be(3290000);
        settings[1].Status.Should().Be(Domain.Provision.SettingStatus.Academy, "a status is read whatever its case");
        settings[1].Vacancies.Should().Be(0);
    }

    [Test]
    public async Task Columns_may_come_in_any_order()
    {
        var columns = Header.Split(',');
        var cells = Larkspur.Split(',');
        var order = Enumerable.Range(0, columns.Length).Reverse().ToList();

        var result = await Import($"{string.Join(',', order.Select(i => columns[i]))}\n{string.Join(',', order.Select(i => cells[i]))}\n");

        result.Added.Should().Be(1);
    }

    [Test]
    public async Task An_export_imports_back_unchanged()
    {
        await Import($"{Header}\n{Larkspur}\n{Juniper}\n");
        var export = await _app.SendAs(Personas.PanelChair, new ExportSettings.Query());

        var again = await _app.SendAs(Personas.Administrator, new ImportSettings.Command(export.Content));

        export.FileName.Should().Be("settings-2026-11-20.csv");
        again.Should().Be(new ImportSettings.Result(2, 0, 0, 2));
    }

    [Test]
    public async Task A_formula_in_a_cell_is_neutralised_on_export_and_restored_on_import()
    {
        const string Formula = "=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")";
        await Import($"{Header}\n117701,\"{Formula}\",AllThrough,4,19,SpecialSchool,communication-and-autism,MaintainedSchool,true,SG1 3AB,51.912,-0.201,140,131,33500.50\n");

        var export = Encoding.UTF8.GetString((await _app.SendAs(Personas.PanelChair, new ExportSettings.Query())).Content);
        var reimported = await _app.SendAs(Personas.Administrator, new ImportSettings.Command(Encoding.UTF8.GetBytes(export)));

        export.Should().Contain("\"'=HYPERLINK(").And.NotContain(",=HYPERLINK(").And.NotContain(",\"=HYPERLINK(");
        export.Should().Contain(",-0.201,", "numbers are not text and are never escaped");
        reimported.Unchanged.Should().Be(1);
        (await _app.Read(db => db.Settings.SingleAsync())).Name.Should().StartWith("=HYPERLINK(");
    }

    [Test]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_bad_row_and_column()
    {
        var errors = await ImportRefused(Encoding.UTF8.GetBytes(string.Join('\n',
            Header,
            Larkspur,
            "117702,Juniper School,Primary,3,11,SpecialSchool,astrology,MaintainedSchool,true,SG5 1AB,51.965,-0.29,70,71,32900",
            "117703,Harebell School,Primary,three,11,SpecialSchool,communication-and-autism,maybe,true,NOPE,95,-0.29,70,7,32900",
            Larkspur)));

        errors.Keys.Should().Contain(["rows[3].sector", "rows[3].places_filled", "rows[4].lowest_age", "rows[4].status", "rows[4].postcode", "rows[4].latitude", "rows[5].urn", "file"]);
        errors.Keys.Should().NotContain(k => k.StartsWith("rows[2]", StringComparison.Ordinal));
        errors["rows[3].places_filled"].Single().Should().Be("Row 3, places_filled: 71 places filled is more than the 70 commissioned.");
        errors["rows[5].urn"].Single().Should().Contain("also on row 2");
        errors["file"].Should().Contain(m => m.Contains("Nothing was imported", StringComparison.Ordinal));
    }

    [Test]
    public async Task Wrong_headers_are_refused_naming_the_missing_and_unknown_columns()
    {
        var errors = await ImportRefused(Encoding.UTF8.GetBytes(Header.Replace("postcode", "post_code", StringComparison.Ordinal) + "\n" + Larkspur));

        errors["header"].Single().Should().Contain("Missing columns: postcode.").And.Contain("Unknown columns: post_code.");
    }

    [Test]
    public async Task A_file_from_before_the_status_column_is_told_what_replaced_its_s41_column()
    {
        var errors = await ImportRefused(Encoding.UTF8.GetBytes(Header.Replace("status", "s41_approved", StringComparison.Ordinal) + "\n" + Larkspur.Replace("MaintainedSchool", "false", StringComparison.Ordinal)));

        errors["header"].Single().Should().Contain("The s41_approved column is now status").And.Contain("NonMaintainedSpecial");
    }

    [Test]
    public async Task A_status_that_does_not_fit_the_kind_is_refused_naming_the_row()
    {
        var errors = await ImportRefused(Encoding.UTF8.GetBytes($"{Header}\n{Larkspur.Replace("MaintainedSchool", "OtherIndependent", StringComparison.Ordinal).Replace("SpecialSchool", "NonMaintainedSpecial", StringComparison.Ordinal)}\n"));

        errors.Should().ContainKey("rows[2].status");
    }

    [Test]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"{Header}\n{Larkspur}\n")).ToArray();
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\n117701,Ysgol Gymraeg Caerdydd – Ffôr,AllThrough,4,19,SpecialSchool,communication-and-autism,false,true,SG1 3AB,51.9,-0.2,1,1,1\n");

        (await ImportRefused(utf16))["file"].Single().Should().Contain("not UTF-8");
        (await ImportRefused(latin1))["file"].Single().Should().Contain("not UTF-8");
    }

    [Test]
    public async Task A_file_holding_binary_data_is_refused_as_the_plan_register_refuses_it()
    {
        var binary = Encoding.UTF8.GetBytes($"{Header}\n{Larkspur}\n").Concat(new byte[] { 0, 1, 2 }).ToArray();

        (await ImportRefused(binary))["file"].Single().Should().Be("The file holds binary data, not text. Export the catalogue as 'CSV UTF-8 (Comma delimited)'.");
    }

    [Test]
    public async Task An_empty_file_a_header_alone_and_an_unclosed_quote_are_refused()
    {
        (await ImportRefused([]))["file"].Should().NotBeEmpty();
        (await ImportRefused(Encoding.UTF8.GetBytes(Header + "\n")))["file"].Should().Contain(m => m.Contains("no settings", StringComparison.Ordinal));
        (await ImportRefused(Encoding.UTF8.GetBytes($"{Header}\n117701,\"Larkspur,AllThrough,4,19\n")))["file"].Should().NotBeEmpty();
    }

    [Test]
    public async Task A_row_with_more_cells_than_columns_is_named()
    {
        var errors = await ImportRefused(Encoding.UTF8.GetBytes($"{Header}\n{Larkspur},extra\n"));

        errors.Should().ContainKey("rows[2].row");
    }

    [Test]
    public async Task Only_administrators_import_and_staff_export()
    {
        var officerImports = () => _app.SendAs(Personas.SendOfficer, new ImportSettings.Command(Encoding.UTF8.GetBytes($"{Header}\n{Larkspur}\n")));
        var familyExports = () => _app.SendAs(Personas.Family, new ExportSettings.Query());

        await officerImports.Should().ThrowAsync<ForbiddenException>();
        await familyExports.Should().ThrowAsync<ForbiddenException>();
    }
}
