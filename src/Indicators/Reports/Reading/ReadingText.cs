using System.Collections.Frozen;

namespace Indicators.Reports;

/// <summary>
/// A report's text prepared for reading (读取前的文本规整): traditional characters of the report vocabulary in their
/// simplified form (億 → 亿, 增長 → 增长), full-width ASCII forms in half width (ＧＤＰ１２％ → GDP12%, the ideographic space
/// → a space; the Chinese comma ， stays, see below), and the zero-width characters dropped (U+200B–U+200D, U+FEFF, U+00AD). Every character of
/// <see cref="Text"/> keeps the index of the character of <see cref="Source"/> it came from, so that a span found in the
/// normalised text is a span of the source (UTF-16 code units).
/// </summary>
/// <remarks>
/// The full-width comma ， (U+FF0C) is the ordinary Chinese comma, not a full-width ASCII form: made ',' it would turn
/// "分别为12，34家" into a thousands separator. The conversion is character by character: a reader matches names and units, so word-level conversion (OpenCC's
/// phrase tables) buys nothing, and a few hundred characters cover the vocabulary. Characters whose simplified reading
/// depends on the word (乾, 著, 藉, 瞭, 沈) are left as they are. Normalising twice is normalising once: no simplified form
/// in <see cref="TraditionalToSimplified"/> is itself a key.
/// </remarks>
internal sealed class ReadingText
{
    private readonly int[] sourceIndex;

    private ReadingText(string source, string text, int[] sourceIndex)
    {
        Source = source;
        Text = text;
        this.sourceIndex = sourceIndex;
    }

    /// <summary>The text as read.</summary>
    public string Source { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>
    /// Traditional → simplified for the characters that report vocabulary uses (figures, units, growth words, indicator
    /// names, place words). Written for this library from the standard correspondences of the 通用规范汉字表 (2013),
    /// appendix 1 (规范字与繁体字、异体字对照表), limited to report vocabulary — a subset, not a dictionary. Pairs are
    /// traditional then simplified. Checked against the Unihan database (Unicode 15, kSimplifiedVariant): every pair
    /// is a simplified variant there except the variant forms (异体字) merged by the 2013 table — 週周 佔占 爲为 裏里
    /// 淨净 綫线 遊游 僱雇 鑑鉴 湧涌 託托.
    /// </summary>
    internal static FrozenDictionary<char, char> TraditionalToSimplified { get; } = Pairs(
        // Numbers, units and measure words.
        "億亿 萬万 畝亩 個个 噸吨 臺台 輛辆 戶户 項项 條条 間间 處处 筆笔 屆届 棟栋 種种 類类 兩两 雙双 幾几 參参 陸陆 貳贰 " +
        "週周 歲岁 時时 號号 頁页 級级 " +
        // Growth, targets, qualifiers and report words.
        "長长 點点 總总 產产 額额 營营 業业 務务 資资 實实 現现 進进 稅税 計计 劃划 發发 區区 開开 園园 漲涨 減减 負负 較较 " +
        "達达 際际 當当 預预 確确 爭争 衝冲 積积 績绩 標标 準准 過过 約约 餘余 佔占 為为 爲为 於于 與与 從从 對对 後后 這这 們们 " +
        "來来 還还 將将 並并 無无 讓让 樣样 麼么 裡里 裏里 邊边 遠远 穩稳 極极 強强 勢势 擬拟 續续 齊齐 顯显 嚴严 緊紧 張张 " +
        // Economy, finance and trade.
        "國国 內内 規规 濟济 經经 財财 費费 貿贸 銷销 數数 據据 統统 報报 純纯 淨净 虧亏 損损 潤润 貨货 購购 買买 賣卖 價价 " +
        "錢钱 幣币 債债 權权 證证 險险 銀银 貸贷 擔担 儲储 倉仓 庫库 決决 帳帐 賬账 彙汇 匯汇 錄录 鈔钞 獲获 穫获 " +
        // Industry, construction and infrastructure.
        "運运 輸输 郵邮 遞递 設设 築筑 廠厂 場场 電电 車车 機机 關关 係系 繫系 製制 裝装 備备 鋼钢 鐵铁 鋁铝 銅铜 鑄铸 鍛锻 " +
        "鋪铺 鋰锂 鎳镍 礦矿 氫氢 氣气 熱热 燈灯 礎础 儀仪 錶表 軌轨 橋桥 線线 綫线 紙纸 漿浆 膠胶 紡纺 織织 飲饮 釀酿 煉炼 " +
        "燒烧 廢废 棄弃 溫温 濕湿 壓压 樓楼 層层 廳厅 廈厦 館馆 飯饭 遊游 網网 絡络 訊讯 軟软 腦脑 頻频 聞闻 傳传 戲戏 藝艺 " +
        "劇剧 圖图 書书 視视 聽听 覽览 觀观 鐘钟 鍾钟 鬆松 複复 復复 雜杂 質质 創创 啟启 舉举 辦办 構构 圍围 屬属 頭头 兒儿 " +
        // Sectors, environment and society.
        "興兴 鏈链 轉转 換换 競竞 環环 節节 綠绿 態态 糧粮 農农 墾垦 漁渔 魚鱼 蝦虾 雞鸡 鴨鸭 豬猪 馬马 鳥鸟 鮮鲜 藥药 醫医 " +
        "療疗 劑剂 衛卫 護护 維维 團团 體体 認认 專专 術术 調调 組组 門门 問问 題题 導导 領领 黨党 員员 幹干 職职 勞劳 " +
        "動动 僱雇 學学 師师 範范 歷历 曆历 聯联 結结 綜综 獎奖 勵励 補补 貼贴 優优 緩缓 徵征 測测 驗验 檢检 監监 執执 審审 " +
        "許许 簽签 協协 議议 談谈 訂订 併并 擴扩 遷迁 騰腾 變变 災灾 禍祸 擁拥 壞坏 戰战 亂乱 幫帮 愛爱 歡欢 樂乐 親亲 鄰邻 " +
        "齡龄 稱称 錯错 鏡镜 針针 鑒鉴 鑑鉴 響响 " +
        // Common words around figures and names.
        "會会 爾尔 況况 則则 說说 義义 隊队 應应 該该 揚扬 傑杰 賓宾 償偿 盡尽 臨临 麗丽 顧顾 讀读 識识 語语 詞词 論论 評评 " +
        "講讲 記记 請请 謀谋 誠诚 譽誉 適适 選选 遺遗 違违 邁迈 遲迟 陣阵 隨随 難难 離离 靜静 韓韩 順顺 須须 頒颁 頓顿 風风 " +
        "飛飞 養养 驅驱 齒齿 壯壮 奮奋 奪夺 婦妇 寶宝 歸归 殺杀 湧涌 滅灭 濃浓 煙烟 牆墙 獨独 畢毕 異异 碼码 礙碍 禮礼 窮穷 " +
        "簡简 紀纪 紅红 納纳 細细 終终 給给 絕绝 緒绪 編编 練练 縮缩 繳缴 罰罚 聖圣 肅肃 腳脚 艱艰 莊庄 葉叶 蓋盖 薦荐 藍蓝 " +
        "覺觉 觸触 託托 訪访 診诊 詳详 試试 話话 誤误 課课 謝谢 責责 貢贡 貧贫 販贩 貫贯 賠赔 賦赋 賴赖 趕赶 趨趋 軍军 載载 " +
        "輕轻 輔辅 輪轮 轄辖 鋒锋 錦锦 鍵键 鎖锁 閉闭 閒闲 閱阅 闊阔 階阶 隱隐 雖虽 頂顶 願愿 駐驻 魯鲁 麥麦 絲丝 綱纲 舊旧 " +
        // Places (zone and province names).
        "東东 陽阳 廣广 蘇苏 滬沪 豐丰 漢汉 遼辽 寧宁 黃黄 灣湾 華华 島岛 嶺岭 濱滨 澤泽 鹽盐 龍龙 鳳凤 縣县 鎮镇 鄉乡 " +
        "陝陕 峽峡 貴贵 蘭兰 雲云 滿满 慶庆 畫画");

    /// <summary>Normalises <paramref name="source"/> for reading.</summary>
    /// <param name="source">The text as read.</param>
    /// <returns>The normalised text with its map back to <paramref name="source"/>.</returns>
    public static ReadingText Normalise(string source)
    {
        Guard.Against.Null(source);
        var text = new char[source.Length];
        var map = new int[source.Length + 1];
        var length = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (IsDropped(c))
            {
                continue;
            }
            text[length] = Normalise(c);
            map[length] = i;
            length++;
        }
        map[length] = source.Length;
        Array.Resize(ref map, length + 1);
        return new ReadingText(source, new string(text, 0, length), map);
    }

    /// <summary>The index in <see cref="Source"/> of the character at <paramref name="index"/> of <see cref="Text"/>;
    /// <see cref="Text"/>'s length maps to <see cref="Source"/>'s length.</summary>
    /// <param name="index">An index of <see cref="Text"/>, 0 to its length.</param>
    /// <returns>The index in <see cref="Source"/>.</returns>
    public int SourceIndex(int index)
    {
        Guard.Against.OutOfRange(index, nameof(index), 0, Text.Length);
        return sourceIndex[index];
    }

    /// <summary>The span of <see cref="Source"/> that the span [<paramref name="start"/>, <paramref name="end"/>) of
    /// <see cref="Text"/> came from: from its first character's source to just after its last character's source, so
    /// that characters dropped just outside the span stay outside it.</summary>
    /// <param name="start">The start in <see cref="Text"/>.</param>
    /// <param name="end">The end (exclusive) in <see cref="Text"/>.</param>
    /// <returns>The start and end (exclusive) in <see cref="Source"/>.</returns>
    public (int Start, int End) SourceSpan(int start, int end)
    {
        Guard.Against.OutOfRange(start, nameof(start), 0, Text.Length);
        Guard.Against.OutOfRange(end, nameof(end), start, Text.Length);
        var sourceStart = sourceIndex[start];
        return (sourceStart, end == start ? sourceStart : sourceIndex[end - 1] + 1);
    }

    /// <summary>The normalised form of one character.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Its simplified or half-width form, or itself.</returns>
    internal static char Normalise(char c) => c switch
    {
        '\uFF0C' => c,
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => TraditionalToSimplified.GetValueOrDefault(c, c),
    };

    /// <summary>Whether a character is invisible formatting that a reader skips (zero-width space, joiners, BOM, soft
    /// hyphen): pasted web text carries them inside names and numbers.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether it is dropped.</returns>
    internal static bool IsDropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static FrozenDictionary<char, char> Pairs(string pairs)
    {
        var table = new Dictionary<char, char>();
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Guard.Against.False(pair.Length == 2, nameof(pairs), $"\"{pair}\" is not a pair.");
            Guard.Against.False(table.TryAdd(pair[0], pair[1]), nameof(pairs), $"{pair[0]} is listed twice.");
        }
        return table.ToFrozenDictionary();
    }
}
