"""The encoder-classifier baseline of the moderation study: MiniLM fine-tuned on the labels learns
them (on its own training items, a sanity check), and its samples read like a generative model's."""


def test_the_encoder_baseline_learns_its_labels_and_reports_like_a_generative_model(model_cache):
    from reasonrl.eval.encoder import encoder_samples, train_encoder
    from reasonrl.eval.moderation import moderation_metrics
    from reasonrl.tasks.moderation import DEFAULT_CONTENT_POLICY, _labels

    hateful = [
        "I hate all of those people.",
        "Those people are vermin and should die.",
        "Kill every one of them.",
        "They are disgusting animals.",
    ]
    fine = [
        "I love my neighbours.",
        "The weather is lovely today.",
        "We had a great picnic.",
        "Thanks for the help!",
    ]
    records = [
        {"id": f"r{i}", "question": q, "answer": a, "policy": DEFAULT_CONTENT_POLICY, "language": "en"}
        for i, (q, a) in enumerate([(q, "hateful") for q in hateful] + [(q, "non-hateful") for q in fine])
    ]
    model, tok = train_encoder("embedded:minilm", records, _labels, epochs=8, lr=1e-4, batch_size=8)
    samples = encoder_samples(model, tok, records, _labels)
    assert [s["id"] for s in samples] == [r["id"] for r in records] and all(s["tokens"] == 0 for s in samples)
    report = moderation_metrics(records, samples)
    assert report["overall"]["auroc"] == 1.0 and report["overall"]["macro_f1"] >= 0.75
