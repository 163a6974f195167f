namespace Indicators;

/// <summary>
/// The definitions of <see cref="IndicatorCatalog.Standard"/>. Growth of GDP and 工业增加值 is
/// published at comparable prices (可比价), everything else in money at current prices (现价)
/// (domain research §1.4); counts of firms in a zone are stocks, newly certified firms flows (§1.12).
/// </summary>
internal static class StandardIndicators
{
    internal static IndicatorDefinition[] Create()
    {
        var yi = Units.HundredMillionYuan;
        var wan = Units.TenThousandYuan;
        var firms = Units.Count("家");
        var persons = Units.Count("人");
        var pieces = Units.Count("件");
        var incidents = Units.Count("起");
        var percent = Units.Percent;
        const IndicatorNature Flow = IndicatorNature.Flow;
        const IndicatorNature Stock = IndicatorNature.Stock;
        const IndicatorNature Ratio = IndicatorNature.Ratio;
        const Polarity Reverse = Polarity.Reverse;
        const Polarity Positive = Polarity.Positive;
        const PriceBasis Current = PriceBasis.Current;
        const PriceBasis Comparable = PriceBasis.Comparable;
        const PriceBasis None = PriceBasis.NotApplicable;

        static IndicatorDefinition D(string code, string zh, string en, Unit unit, IndicatorNature nature, Polarity polarity, PriceBasis basis, params string[] aliases)
        {
            var definition = IndicatorDefinition.Create(code, zh, en, unit, nature, polarity, basis);
            return aliases.Length == 0 ? definition : definition.WithAliases(aliases);
        }

        return
        [
            // 经济 (economy)
            D("GDP", "地区生产总值", "Gross domestic product", yi, Flow, Positive, Comparable, "GDP", "生产总值", "地区GDP")
                .WithParts("PrimaryIndustry", "SecondaryIndustry", "TertiaryIndustry"),
            D("PrimaryIndustry", "第一产业增加值", "Value added of the primary industry", yi, Flow, Positive, Comparable, "一产增加值").WithParent("GDP"),
            D("SecondaryIndustry", "第二产业增加值", "Value added of the secondary industry", yi, Flow, Positive, Comparable, "二产增加值").WithParent("GDP"),
            D("TertiaryIndustry", "第三产业增加值", "Value added of the tertiary industry", yi, Flow, Positive, Comparable, "三产增加值", "服务业增加值").WithParent("GDP"),
            D("TotalIndustrialOutput", "工业总产值", "Gross industrial output, all enterprises", yi, Flow, Positive, Current, "全部工业总产值"),
            D("IndustrialOutput", "规模以上工业总产值", "Gross industrial output above designated size", yi, Flow, Positive, Current, "规上工业总产值", "规上工业产值", "规模以上工业产值")
                .WithParent("TotalIndustrialOutput"),
            D("IndustrialValueAdded", "规模以上工业增加值", "Industrial value added above designated size", yi, Flow, Positive, Comparable, "规上工业增加值"),
            D("IndustrialSalesOutput", "规模以上工业销售产值", "Industrial sales output above designated size", yi, Flow, Positive, Current, "工业销售产值", "规上工业销售产值"),
            D("HighTechIndustryOutput", "高新技术产业产值", "High-tech industry output", yi, Flow, Positive, Current, "高新技术产业总产值")
                .WithParent("IndustrialOutput"),
            D("HighTechOutputShare", "高新技术产业产值占规上工业总产值比重", "High-tech share of industrial output", percent, Ratio, Positive, None, "高新技术产业产值占比"),
            D("OperatingRevenue", "营业收入", "Operating revenue", yi, Flow, Positive, Current, "营业总收入", "营收"),
            D("ServiceRevenue", "规模以上服务业营业收入", "Operating revenue of services above designated size", yi, Flow, Positive, Current, "规上服务业营业收入"),
            D("TotalProfit", "利润总额", "Total profit", yi, Flow, Positive, Current, "实现利润"),
            D("RetailSales", "社会消费品零售总额", "Retail sales of consumer goods", yi, Flow, Positive, Current, "社零总额", "社零"),
            D("IndustrialEnterprises", "规模以上工业企业数", "Industrial enterprises above designated size", firms, Stock, Positive, None, "规上工业企业数", "规上工业企业"),
            D("NewRegisteredEnterprises", "新注册企业数", "Newly registered enterprises", firms, Flow, Positive, None, "当年新注册企业数", "新注册企业"),
            D("LabourProductivity", "全员劳动生产率", "Overall labour productivity", Units.TenThousandYuanPerPerson, Ratio, Positive, Current),

            // 财政 (fiscal)
            D("GeneralBudgetRevenue", "一般公共预算收入", "General public budget revenue", yi, Flow, Positive, Current, "一般预算收入", "地方一般公共预算收入")
                .WithParts("TaxRevenue", "NonTaxRevenue"),
            D("TaxRevenue", "税收收入", "Tax revenue", yi, Flow, Positive, Current).WithParent("GeneralBudgetRevenue"),
            D("NonTaxRevenue", "非税收入", "Non-tax revenue", yi, Flow, Positive, Current).WithParent("GeneralBudgetRevenue"),
            D("TotalTaxCollected", "全口径税收收入", "Total tax collected in the zone", yi, Flow, Positive, Current, "全口径税收", "税收总额"),
            D("GeneralBudgetExpenditure", "一般公共预算支出", "General public budget expenditure", yi, Flow, Positive, Current, "一般预算支出"),

            // 投资 (investment)
            D("FixedAssetInvestment", "固定资产投资", "Fixed-asset investment", yi, Flow, Positive, Current, "全社会固定资产投资", "固投"),
            D("IndustrialInvestment", "工业投资", "Industrial investment", yi, Flow, Positive, Current, "工业固定资产投资").WithParent("FixedAssetInvestment"),
            D("TechRenovationInvestment", "工业技术改造投资", "Industrial technical renovation investment", yi, Flow, Positive, Current, "技改投资", "工业技改投资")
                .WithParent("IndustrialInvestment"),
            D("InvestmentAttracted", "招商引资到位资金", "Investment attracted and in place", yi, Flow, Positive, Current, "实际到位资金", "到位资金"),
            D("ContractedProjects", "新签约项目数", "Newly contracted projects", Units.Count("个"), Flow, Positive, None, "签约项目数", "新签约项目"),

            // 开放 (trade and foreign investment)
            D("ImportsExports", "进出口总额", "Total imports and exports", yi, Flow, Positive, Current, "外贸进出口总额", "进出口额", "外贸进出口")
                .WithParts("Exports", "Imports"),
            D("Exports", "出口总额", "Exports", yi, Flow, Positive, Current, "出口额").WithParent("ImportsExports"),
            D("Imports", "进口总额", "Imports", yi, Flow, Positive, Current, "进口额").WithParent("ImportsExports"),
            D("ActualForeignInvestment", "实际使用外资", "Foreign direct investment actually used", Units.TenThousandUsDollars, Flow, Positive, Current, "实际利用外资", "实际使用外资金额", "实际利用外资金额"),
            D("NewForeignInvestedEnterprises", "新设外商投资企业数", "Newly established foreign-invested enterprises", firms, Flow, Positive, None, "新设外资企业"),

            // 创新 (innovation)
            D("HighTechEnterprises", "高新技术企业数", "High-tech enterprises", firms, Stock, Positive, None, "高新技术企业", "有效高新技术企业数", "国家高新技术企业数"),
            D("NewHighTechEnterprises", "新认定高新技术企业数", "Newly certified high-tech enterprises", firms, Flow, Positive, None, "新认定高新技术企业"),
            D("TechSmes", "入库科技型中小企业数", "Technology-based SMEs registered this year", firms, Flow, Positive, None, "科技型中小企业", "科技型中小企业数"),
            D("RdExpenditure", "R&D经费支出", "R&D expenditure", yi, Flow, Positive, Current, "R&D经费", "研发经费", "研发投入", "研究与试验发展经费支出"),
            D("RdIntensity", "研发投入强度", "R&D intensity", percent, Ratio, Positive, None, "R&D经费投入强度", "研发经费投入强度"),
            D("InventionPatentsGranted", "发明专利授权量", "Invention patents granted", pieces, Flow, Positive, None, "发明专利授权数"),
            D("ValidInventionPatents", "有效发明专利数", "Valid invention patents", pieces, Stock, Positive, None, "有效发明专利拥有量"),
            D("InventionPatentsPerTenThousandPeople", "每万人发明专利拥有量", "Invention patents per 10,000 people", pieces.Per(Unit.Parse("万人").Value), Ratio, Positive, None, "每万人口发明专利拥有量"),
            D("ResearchInstitutions", "省级以上研发机构数", "Research institutions at provincial level or above", Units.Count("个"), Stock, Positive, None, "省级及以上研发机构数", "省级以上研发机构"),
            D("TechContractTurnover", "技术合同成交额", "Technology contract turnover", yi, Flow, Positive, Current),
            D("ListedCompanies", "上市企业数", "Listed companies", firms, Stock, Positive, None, "上市公司数", "上市企业"),

            // 人才 (talent and employment)
            D("Employees", "从业人员", "Persons employed", persons, Stock, Positive, None, "从业人员数", "年末从业人员"),
            D("RdPersonnel", "研发人员", "R&D personnel", persons, Stock, Positive, None, "研发人员数", "R&D人员").WithParent("Employees"),
            D("NewJobs", "新增就业", "New urban jobs", persons, Flow, Positive, None, "城镇新增就业", "城镇新增就业人数", "新增就业人数"),
            D("HighLevelTalentRecruited", "引进高层次人才", "High-level talent recruited", persons, Flow, Positive, None, "引进高层次人才数"),

            // 土地 (land)
            D("TaxPerMu", "亩均税收", "Tax per mu", Units.TenThousandYuanPerMu, Ratio, Positive, Current),
            D("ValueAddedPerMu", "亩均增加值", "Value added per mu", Units.TenThousandYuanPerMu, Ratio, Positive, Current),
            D("DevelopedLandArea", "土地开发面积", "Developed land area", Units.SquareKilometre, Stock, Positive, None, "已开发面积", "已开发土地面积"),
            D("PlannedArea", "规划面积", "Planned area", Units.SquareKilometre, Stock, Positive, None, "规划总面积"),
            D("LandSupplied", "供地面积", "Land supplied", Units.Mu, Flow, Positive, None, "土地供应面积"),
            D("IdleLand", "闲置土地", "Idle land", Units.Mu, Stock, Reverse, None, "闲置土地面积"),
            D("StandardFactoryArea", "标准厂房建设面积", "Standard factory floor area built", Units.TenThousandSquareMetres, Flow, Positive, None, "标准厂房面积"),
            D("DemolitionArea", "房屋拆迁面积", "Building area demolished", Units.TenThousandSquareMetres, Flow, Positive, None, "拆迁面积"),

            // 环境 (environment and energy)
            D("EnergyPerIndustrialValueAdded", "万元工业增加值综合能耗", "Energy per 10,000 yuan of industrial value added", Units.TonnesOfStandardCoalPerTenThousandYuan, Ratio, Reverse, Comparable, "单位工业增加值能耗", "规上工业单位增加值能耗"),
            D("EnergyPerGdp", "万元地区生产总值能耗", "Energy per 10,000 yuan of GDP", Units.TonnesOfStandardCoalPerTenThousandYuan, Ratio, Reverse, Comparable, "万元GDP综合能耗", "单位GDP能耗", "单位地区生产总值能耗"),
            D("CarbonPerValueAdded", "单位增加值二氧化碳排放", "CO2 emissions per unit of value added", Units.Tonne.Per(wan), Ratio, Reverse, Comparable, "单位增加值二氧化碳排放量", "单位工业增加值二氧化碳排放量"),
            D("EnergyConsumption", "综合能源消费量", "Total energy consumption", Units.TenThousandTonnesOfStandardCoal, Flow, Reverse, None, "能源消费总量"),
            D("ElectricityConsumption", "全社会用电量", "Electricity consumption", Units.TenThousandKilowattHours, Flow, Positive, None, "用电量"),
            D("SolidWasteUtilisationRate", "工业固废综合利用率", "Industrial solid waste utilisation rate", percent, Ratio, Positive, None, "一般工业固体废物综合利用率", "工业固体废物综合利用率"),
            D("GoodAirQualityRate", "空气质量优良天数比率", "Share of days with good air quality", percent, Ratio, Positive, None, "空气质量优良率"),

            // 安全 (safety)
            D("ProductionSafetyAccidents", "生产安全事故起数", "Production safety accidents", incidents, Flow, Reverse, None, "安全生产事故起数", "生产安全事故"),
            D("MajorProductionSafetyAccidents", "较大及以上生产安全事故起数", "Serious or worse production safety accidents", incidents, Flow, Reverse, None, "较大及以上生产安全事故")
                .WithParent("ProductionSafetyAccidents"),
            D("AccidentDeaths", "生产安全事故死亡人数", "Deaths in production safety accidents", persons, Flow, Reverse, None, "事故死亡人数"),
            D("EnvironmentalIncidents", "突发环境事件起数", "Environmental emergencies", incidents, Flow, Reverse, None, "突发环境事件"),
        ];
    }
}
