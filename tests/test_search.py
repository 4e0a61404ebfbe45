"""Search finds the answer: queries that readers type, typed into each language's search box,
have the page that answers them among the first three results (hooks/search.py and
overrides/assets/javascripts/workers/search-query.js: Chinese cut into the index's words,
synonyms from i18n/<lang>.yml, ranking by how much of the query a section answers).

The queries are what people search for, not the pages' headings: the mined problems of
snippets/errors/SOURCES.md (their rank there in brackets), the Chinese blog posts on these tasks
found with the search tool's `pages` corpus (titles such as 「将ckpt模型转换为pb文件」, 「模型固化」,
「TensorFlow二进制模型加载方法」, 「tensorflow查看输入节点和输出节点名称方式」, 「Keras到TensorFlow模型转换:
从.h5到.pb」, 「max_to_keep 保留最近检查点个数」, 「.pb文件:不能够进行训练」), and issue 20's own list.
Each names the pages that answer it; `quick` (the quick answers page) answers the recipes."""

import json
from urllib.parse import urlsplit

import pytest
import search
from test_browser import browser, page  # noqa: F401  (fixtures)

import langdata

pytestmark = pytest.mark.xdist_group("browser")

QUERIES = {
    "zh": [
        ("ckpt 转 pb", ["freeze", "convert", "quick"]),                 # blog titles; issue 20
        ("固化模型", ["freeze", "quick"]),                                # 「模型固化」
        ("pb 模型 加载", ["load-pb", "quick"]),                           # 「二进制模型加载方法」
        ("查看节点名称", ["freeze", "quick"]),                            # 「查看输入节点和输出节点名称」
        ("输入输出节点名", ["freeze", "quick"]),
        ("h5 转 pb", ["convert", "keras", "quick"]),                     # 「从.h5到.pb」; issue 20
        ("SavedModel 签名", ["savedmodel", "quick"]),                     # issue 20
        ("tflite 量化", ["convert"]),                                    # issue 20
        ("检查点", ["checkpoints"]),                                      # issue 20
        ("恶意模型", ["security"]),                                       # issue 20
        ("saved_model_cli 查看签名", ["savedmodel", "quick"]),
        ("get_tensor_by_name 找不到张量", ["errors/graphdef", "load-pb"]),  # 「graph.get_tensor_by_name()」
        ("import_meta_graph 恢复模型", ["checkpoints"]),                  # 「构造网络图 import_meta_graph」
        ("pb 文件 继续训练", ["freeze", "formats"]),                      # 「.pb文件:不能够进行训练」
        ("模型超过 2GB", ["freeze"]),                                     # (1) graphdef-2gb
        ("Unknown layer 自定义层", ["errors/keras", "keras"]),            # (4) unknown-layer-custom
        ("多卡 保存 检查点", ["distributed"]),                             # (26) every worker saves
        ("TensorFlow Serving 部署", ["serving"]),
        ("SavedModel 转 ONNX", ["convert", "quick"]),                     # (8) tf2onnx
        ("tf2 加载 tf1 检查点", ["checkpoints"]),
        ("加载 pb 指定 GPU 设备 报错", ["load-pb"]),
        ("max_to_keep 保留最近的模型", ["checkpoints"]),                  # 「max_to_keep 保留最近检查点个数」
        ("keras 保存 权重", ["keras", "quick"]),
        ("全整数量化 representative_dataset", ["convert"]),               # (9) representative dataset
        ("tf.placeholder 报错", ["errata", "errors/migration"]),
        ("freeze_graph 命令", ["freeze", "errata"]),
        ("keras 模型 保存 h5", ["keras", "quick"]),
        ("serving_default 报错", ["errors/savedmodel"]),                  # (41) serving-signature-not-found
        ("换 GPU 数量 恢复 检查点", ["distributed"]),
        ("SavedModel 转 TFLite", ["convert", "quick"]),
        ("TF Serving 模型 目录", ["serving"]),                            # serving: model layout
        ("查看 检查点 变量", ["checkpoints", "quick"]),
        ("自定义 损失函数 加载 报错", ["keras", "errors/keras"]),          # (5) custom loss
        ("tflite int8 量化", ["convert"]),                               # (38) int8-io-types
        ("pb 模型 GPU 设备", ["load-pb"]),
        ("safe_mode 安全", ["security"]),
        ("saved_model_cli 两个输入", ["serving", "savedmodel"]),
    ],
    "en": [
        ("ckpt to pb", ["freeze", "convert", "quick"]),
        ("freeze graph", ["freeze"]),
        ("load frozen graph pb", ["load-pb", "quick"]),
        ("find input output node names", ["freeze", "quick"]),
        ("h5 to pb", ["convert", "keras", "quick"]),
        ("SavedModel signature", ["savedmodel", "quick"]),
        ("tflite quantization", ["convert"]),
        ("restore checkpoint", ["checkpoints"]),
        ("malicious model", ["security"]),
        ("saved_model_cli show", ["savedmodel", "quick"]),
        ("GraphDef exceeds 2GB", ["freeze"]),                              # (1)
        ("Unknown layer custom", ["errors/keras", "keras"]),               # (4)
        ("must override get_config", ["keras"]),                           # (3)
        ("representative_dataset is required", ["convert"]),               # (9)
        ("JSON object does not have named input", ["serving"]),            # (7)
        ("MirroredStrategy checkpoint", ["distributed"]),
        ("tf2onnx unsupported ops", ["convert"]),                          # (8)
        ("load TF1 checkpoint in TF2", ["checkpoints"]),
        ("Op type not registered", ["errors/graphdef"]),                    # (49)
        ("import_meta_graph", ["checkpoints"]),
        ("safe_mode Lambda", ["security"]),
        ("batch_input_shape unrecognized keyword", ["keras"]),             # (29)
        ("placeholder not compatible with eager execution", ["errata", "errors/migration"]),
        ("save keras 3 model", ["keras", "quick", "savedmodel", "formats"]),
        ("KeyError serving_default", ["errors/savedmodel"]),               # (41)
        ("restore checkpoint with a different number of GPUs", ["distributed"]),
        ("convert SavedModel to ONNX", ["convert", "quick"]),
        ("tensorflow serving model directory", ["serving"]),
        ("inspect checkpoint variables", ["checkpoints", "quick"]),
        ("HDF5 subclassed model", ["keras", "errors/keras"]),              # (6)
        ("tflite int8 quantization", ["convert"]),                         # (38)
        ("frozen graph GPU device", ["load-pb"]),
        ("TF-TRT", ["serving"]),                                           # (27)
        ("saved_model_cli run two inputs", ["serving", "savedmodel"]),
    ],
}


def until(page, script, timeout=10000):  # noqa: F811
    """Wait until `script` is true in the page (wait_for_function evaluates strings, which the
    site's Content-Security-Policy refuses; evaluate does not)."""
    for _ in range(timeout // 50):
        if page.evaluate(script):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"timed out waiting for {script}")


def results(page, query):  # noqa: F811
    """The pages of the search results, in order, for a query typed into the open search box."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")  # Material reads the query on keyup
    until(page, "() => !document.querySelector('.md-search-result__list').children.length")
    box.fill(query)
    box.press("End")
    until(page, "() => document.querySelector('.md-search-result__list').children.length "
                "|| /\\d|no |没有/i.test(document.querySelector('.md-search-result__meta').textContent)")
    page.wait_for_timeout(100)  # a later answer (the query's last key) replaces an earlier one
    hrefs = page.eval_on_selector_all(".md-search-result__list > .md-search-result__item",
                                      "items => items.map(i => new URL(i.querySelector('a').href).pathname)")
    return hrefs


@pytest.mark.parametrize("lang", QUERIES)
def test_each_query_finds_its_answer_among_the_first_three(page, base_url, lang):  # noqa: F811
    home = base_url + ("" if lang == "zh" else f"{lang}/")
    prefix = urlsplit(home).path
    page.goto(home, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    misses = []
    for query, answers in QUERIES[lang]:
        got = [h.removeprefix(prefix).rstrip("/") for h in results(page, query)]
        if not set(got[:3]) & set(answers):
            misses.append(f"{query!r}: wants {answers}, got {got[:3]}")
    assert len(QUERIES[lang]) >= 20
    assert misses == []
    assert page.watch.errors == [] and page.watch.foreign == []


@pytest.mark.parametrize("lang, query, answer", [("zh", "冻结 犀牛", "freeze"), ("en", "freeze rhinoceros", "freeze")])
def test_a_word_the_site_lacks_does_not_empty_the_results(page, base_url, lang, query, answer):  # noqa: F811
    home = base_url + ("" if lang == "zh" else f"{lang}/")
    page.goto(home, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    got = [h.removeprefix(urlsplit(home).path).rstrip("/") for h in results(page, query)]
    assert answer in got[:3]
    assert query.split()[1] in page.locator(".md-search-result__terms del").all_inner_texts()


@pytest.mark.parametrize("lang", QUERIES)
def test_a_number_does_not_break_the_query(page, base_url, lang):  # noqa: F811
    # Lunr's token set expanded "3" into words the index lacks, and the whole query failed.
    home = base_url + ("" if lang == "zh" else f"{lang}/")
    page.goto(home, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    for query in ("3", "keras 3", "tf 2.15"):
        assert results(page, query), query
    assert page.watch.errors == []


@pytest.mark.parametrize("lang", QUERIES)
def test_every_page_searches_through_the_query_worker_with_its_language_words(site, lang):
    root = site if lang == "zh" else site / lang
    index = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {k: index["config"][k] for k in ("synonyms", "ignore")} == search.search_words(lang)
    assert langdata.load(lang)["search_synonyms"], "each language has its synonyms"
    worker = root / "assets" if lang == "zh" else site / "assets"
    assert (worker / "javascripts" / "workers" / search.WORKER).is_file()
    for html in [*root.glob("**/index.html"), root / "404.html"]:
        text = html.read_text(encoding="utf-8")
        if lang == "zh" and html.relative_to(site).parts[0] in QUERIES:
            continue
        assert f"/workers/{search.WORKER}?worker=search." in text, html


def test_bad_search_words_stop_the_build(monkeypatch):
    from mkdocs.exceptions import PluginError

    for bad in ({"search_synonyms": [["只有一个"]]}, {"search_synonyms": {"a": "b"}}, {"search_ignore": "的"}):
        monkeypatch.setattr(langdata, "load", lambda lang, bad=bad: bad)
        with pytest.raises(PluginError, match="i18n/zh.yml"):
            search.search_words("zh")
