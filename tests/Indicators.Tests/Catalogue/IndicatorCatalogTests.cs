namespace Indicators.Tests.Catalogue;

public class IndicatorCatalogTests
{
    private static readonly IndicatorCatalog Standard = IndicatorCatalog.Standard;

    private static IndicatorDefinition Money(string code, string name) =>
        IndicatorDefinition.Create(code, name, code, Units.HundredMillionYuan, IndicatorNature.Flow, Polarity.Positive, PriceBasis.Current);

    [Fact]
    public void Standard_has_at_least_forty_indicators_with_unique_codes_and_names()
    {
        Assert.True(Standard.Count >= 40, $"only {Standard.Count}");
        Assert.Equal(Standard.Count, Standard.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Standard.Count, Standard.Select(d => d.ChineseName).Distinct(StringComparer.Ordinal).Count());
        var names = Standard.SelectMany(d => d.Aliases.Prepend(d.ChineseName)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_standard_parent_and_part_resolves_and_measures_the_same()
    {
        foreach (var definition in Standard)
        {
            if (definition.ParentCode is { } parent)
            {
                Assert.True(Standard[parent].Unit.IsCompatibleWith(definition.Unit), definition.Code);
            }
            foreach (var part in definition.Parts)
            {
                Assert.True(Standard[part].Unit.IsCompatibleWith(definition.Unit), definition.Code);
                // A whole's parts name it as their parent, so both directions of the relation agree.
                Assert.Equal(definition.Code, Standard[part].ParentCode);
            }
        }
    }

    [Fact]
    public void Standard_gets_the_domain_right()
    {
        // domain-research §1.4: GDP and 规上工业增加值 growth is real (可比价); other money indicators are nominal.
        Assert.Equal(PriceBasis.Comparable, Standard["GDP"].PriceBasis);
        Assert.Equal(PriceBasis.Comparable, Standard["IndustrialValueAdded"].PriceBasis);
        Assert.Equal(PriceBasis.Current, Standard["FixedAssetInvestment"].PriceBasis);
        Assert.Equal(PriceBasis.Current, Standard["OperatingRevenue"].PriceBasis);
        // §1.12: 高新技术企业数 (累计达76家) is a stock, 新认定 (新认定14家) a flow.
        Assert.Equal(IndicatorNature.Stock, Standard["HighTechEnterprises"].Nature);
        Assert.Equal(IndicatorNature.Flow, Standard["NewHighTechEnterprises"].Nature);
        Assert.Equal(Units.Count("家"), Standard["HighTechEnterprises"].Unit);
        Assert.Equal(["Exports", "Imports"], Standard["ImportsExports"].Parts);
        Assert.Equal(Units.TenThousandUsDollars, Standard["ActualForeignInvestment"].Unit);
        Assert.Equal(Units.TenThousandYuanPerMu, Standard["TaxPerMu"].Unit);
        Assert.Equal(Polarity.Reverse, Standard["EnergyPerIndustrialValueAdded"].Polarity);
        Assert.Equal(Units.TonnesOfStandardCoalPerTenThousandYuan, Standard["EnergyPerIndustrialValueAdded"].Unit);
        Assert.Equal(Polarity.Reverse, Standard["IdleLand"].Polarity);
        Assert.Equal(Polarity.Reverse, Standard["ProductionSafetyAccidents"].Polarity);
        Assert.Equal(Units.Count("起"), Standard["ProductionSafetyAccidents"].Unit);
        Assert.Equal(Units.SquareKilometre, Standard["DevelopedLandArea"].Unit);
        Assert.All(Standard.Where(d => d.Unit.Dimension.Kind == DimensionKind.Ratio || d.Unit.IsCompound),
            d => Assert.Equal(IndicatorNature.Ratio, d.Nature));
    }

    [Fact]
    public void A_whole_is_the_sum_of_its_parts_in_quantities()
    {
        // F19, [S12]: 2024Q1 GDP 296299亿元 = 一二三产 11538 + 109846 + 174915 亿元.
        var values = new Dictionary<string, Quantity>
        {
            ["PrimaryIndustry"] = Quantity.Parse("11538亿元").Value,
            ["SecondaryIndustry"] = Quantity.Parse("1098460000万元").Value,
            ["TertiaryIndustry"] = Quantity.Parse("174915亿元").Value,
        };
        var gdp = Standard["GDP"];
        var sum = gdp.Parts.Select(code => values[code]).Aggregate((a, b) => a + b).ConvertTo(gdp.Unit);
        Assert.Equal(296299, sum.Value, 6);
        Assert.All(gdp.Parts, code => Assert.Equal(PriceBasis.Comparable, Standard[code].PriceBasis));
    }

    [Theory]
    [InlineData("规上工业总产值", "IndustrialOutput")]
    [InlineData("规模以上工业总产值", "IndustrialOutput")]
    [InlineData(" 社零 ", "RetailSales")]
    [InlineData("实际利用外资", "ActualForeignInvestment")]
    [InlineData("万元GDP综合能耗", "EnergyPerGdp")]
    [InlineData("城镇新增就业人数", "NewJobs")]
    public void Lookup_by_chinese_name_or_alias(string name, string code)
    {
        Assert.True(Standard.TryGetByName(name, out var definition));
        Assert.Equal(code, definition.Code);
    }

    [Fact]
    public void Unknown_code_throws_naming_it()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Standard["Gpd"]);
        Assert.Contains("Gpd", ex.Message, StringComparison.Ordinal);
        Assert.False(Standard.TryGet("Gpd", out _));
        Assert.False(Standard.TryGetByName("不存在的指标", out _));
        Assert.False(Standard.Contains("gdp"));
    }

    [Fact]
    public void Registering_extends_a_copy_in_order()
    {
        var extended = Standard.With(Money("ZoneRevenue", "园区营业收入"), Money("ZoneRevenueA", "甲片区营业收入").WithParent("ZoneRevenue"));
        Assert.Equal(Standard.Count + 2, extended.Count);
        Assert.False(Standard.Contains("ZoneRevenue"));
        Assert.Equal(["ZoneRevenue", "ZoneRevenueA"], extended.Skip(Standard.Count).Select(d => d.Code));
        Assert.Equal(Standard.Select(d => d.Code), extended.Take(Standard.Count).Select(d => d.Code));
        Assert.Equal("ZoneRevenue", extended["ZoneRevenueA"].ParentCode);
    }

    [Fact]
    public void Registering_a_duplicate_code_or_name_fails_naming_it()
    {
        var code = Assert.Throws<ArgumentException>(() => Standard.With(Money("GDP", "另一个生产总值")));
        Assert.Contains("GDP", code.Message, StringComparison.Ordinal);
        Assert.Equal("additions", code.ParamName);

        var name = Assert.Throws<ArgumentException>(() => Standard.With(Money("Other", "新指标").WithAliases("社零")));
        Assert.Contains("社零", name.Message, StringComparison.Ordinal);
        Assert.Contains("RetailSales", name.Message, StringComparison.Ordinal);
        Assert.Contains("Other", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unregistered_or_mismatched_relations_fail_naming_them()
    {
        var missing = Assert.Throws<ArgumentException>(() => Standard.With(Money("A", "甲").WithParts("B", "C")));
        Assert.Contains("B", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not registered", missing.Message, StringComparison.Ordinal);

        var orphan = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Empty.With(Money("A", "甲").WithParent("Z")));
        Assert.Contains("Z", orphan.Message, StringComparison.Ordinal);

        var area = IndicatorDefinition.Create("Land", "用地", "Land", Units.Mu, IndicatorNature.Stock);
        var mismatch = Assert.Throws<ArgumentException>(() => Standard.With(area.WithParent("GDP")));
        Assert.Contains("亩", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("亿元", mismatch.Message, StringComparison.Ordinal);

        var cycle = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Empty.With(
            Money("A", "甲").WithParent("B"), Money("B", "乙").WithParent("A")));
        Assert.Contains("cycle", cycle.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => IndicatorCatalog.Empty.With(
            Money("A", "甲").WithParts("B", "C"), Money("B", "乙").WithParts("A", "C"), Money("C", "丙")));
    }

    [Theory]
    [InlineData("", "名", "code")]
    [InlineData("1GDP", "名", "code")]
    [InlineData("G D P", "名", "code")]
    [InlineData("GDP", " ", "chineseName")]
    public void Create_rejects_empty_or_malformed_code_and_names(string code, string name, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => IndicatorDefinition.Create(code, name, "x", Units.Yuan, IndicatorNature.Flow));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void Create_checks_the_unit_suits_the_nature_and_relations_are_sane()
    {
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() =>
            IndicatorDefinition.Create("R", "率", "Rate", Units.HundredMillionYuan, IndicatorNature.Ratio)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() =>
            IndicatorDefinition.Create("F", "量", "Flow", Units.Percent, IndicatorNature.Flow)).ParamName);
        Assert.Equal("englishName", Assert.Throws<ArgumentException>(() =>
            IndicatorDefinition.Create("F", "量", "", Units.Yuan, IndicatorNature.Flow)).ParamName);
        var a = Money("A", "甲");
        Assert.Throws<ArgumentException>(() => a.WithParts("B"));
        Assert.Throws<ArgumentException>(() => a.WithParts("B", "B"));
        Assert.Throws<ArgumentException>(() => a.WithParts("A", "B"));
        Assert.Throws<ArgumentException>(() => a.WithParent("A"));
        Assert.Throws<ArgumentException>(() => a.WithAliases("甲"));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorDefinition.Create("F", "量", "Flow", Units.Yuan, (IndicatorNature)42));
    }

    [Fact]
    public void Definitions_are_immutable_values()
    {
        var a = Money("A", "甲");
        var withAlias = a.WithAliases("甲甲");
        Assert.Empty(a.Aliases);
        Assert.NotEqual(a, withAlias);
        Assert.Equal(withAlias, Money("A", "甲").WithAliases("甲甲"));
        Assert.Equal("A 甲 (亿元)", a.ToString());
    }

    // Standard plus a random number of new indicators, registered in random batches.
    [Property]
    public bool Order_is_stable_and_lookups_agree_with_enumeration(RegistrationBatches batches)
    {
        var chunks = batches.Chunks;
        var catalog = Standard;
        foreach (var chunk in chunks)
        {
            catalog = catalog.With(chunk.Select(i => Money("X" + i, "指标" + i).WithAliases("别名" + i)).ToArray());
        }
        var expected = Standard.Select(d => d.Code).Concat(chunks.SelectMany(c => c).Select(i => "X" + i));
        return catalog.Select(d => d.Code).SequenceEqual(expected)
            && catalog.Count == catalog.Count()
            && catalog.All(d => catalog[d.Code] == d
                && d.Aliases.Prepend(d.ChineseName).All(n => catalog.TryGetByName(n, out var found) && found == d))
            && catalog.Select(d => d.Code).SequenceEqual(catalog.Select(d => d.Code));
    }
}
