# 日本語（機械支援翻訳）。訂正するには、このファイルの該当するメッセージ ID の行を編集してください。
# build.rs が en.ftl のすべてのメッセージがここにあることを確認します。

## Number words (src/ui/format.rs)
fmt-at-least = 少なくとも{ $value }
fmt-range-all-capped = すべての試行で少なくとも{ $cap }
fmt-range-floor = p10–p90：少なくとも{ $low } – { $high }
fmt-range-capped = p10–p90：{ $low } – 少なくとも{ $cap }
fmt-range = p10–p90：{ $low } – { $high }
fmt-years = { $n ->
   *[other] { $value }年
}
fmt-no-change = 変化なし
fmt-months = { $n ->
   *[other] { $value }か月
}
fmt-no-shortfall = 不足なし

## Page shell (index.html, src/ui/app.rs)
app-title = レアアース・サプライチェーン・リスク計算ツール
app-lede = 中国がレアアースや磁石の輸出を削減した場合、米国やその他の買い手は鉱山から磁石までの各段階でどれほど中国に依存し、価格はどうなり、在庫はどれだけもち、電気自動車、風力タービン、F-35 のコストはどれだけ増えるのか。スライダーを動かしてください。すべての数値に計算方法とデータの出典が示されます。
nav-pages = ページ
nav-calculator = 計算ツール
nav-methodology = 方法論
nav-how = 計算方法
nav-sources = 出典とデータ
lang-label = 言語
notices-heading = リンクを修正しました：
results-label = 主な結果
charts-label = グラフ
download-csv = 結果をダウンロード（CSV）
download-json = 結果をダウンロード（JSON）
print-data-line = { $credit } · データ時点 { $vintage } · モデル { $model } · { $link }
open-full = 完全版の計算ツールを開く
footer-data = データ時点 { $vintage } · モデル { $model } ·{ " " }
footer-privacy = すべてお使いのブラウザ内で動作します。Cookie も解析もなく、あなたに関する情報は保存も送信もされません。

## Share and embed (src/ui/share.rs)
share-label = 共有と埋め込み
share-copy-link = リンクをコピー
share-copy-embed = 埋め込みコードをコピー
share-copy-pinned = 固定の埋め込みコードをコピー
share-link-copied = リンクをコピーしました。まったく同じ数値を再現します：
share-link-manual = このリンクをコピーしてください（まったく同じ数値を再現します）：
share-embed-copied = 埋め込みコードをコピーしました。既定値の今後の更新に追従します：
share-embed-manual = この埋め込みコードをコピーしてください（既定値の今後の更新に追従します）：
share-pinned-copied = 固定の埋め込みコードをコピーしました。すべての入力、データ時点、モデルのバージョンが固定されます：
share-pinned-manual = この固定の埋め込みコードをコピーしてください（すべての入力、データ時点、モデルのバージョンが固定されます）：
share-fallback-link = レアアース・サプライチェーン・リスク計算ツールを開く
