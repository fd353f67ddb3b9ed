'use client'
// The game itself: answer a quiz question by question, cast a vote, or draw a lottery prize.
// Everything is decided on the server (POST /api/activities/:id/participate); this only shows it.
import React, { useState } from 'react'

import type { ParticipationResult } from '../../../../lib/community/participation'
import type { PublicActivity } from '../../../../lib/community/studio'

async function submit(activityId: string, body: Record<string, unknown>): Promise<ParticipationResult> {
  const r = await fetch(`/api/activities/${activityId}/participate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  })
  const json = await r.json().catch(() => ({}))
  if (!r.ok) throw new Error(json?.errors?.[0]?.message?.split(' / ')[0] ?? '网络开小差了，请稍后再试')
  return json as ParticipationResult
}

export function Play({ activity, code }: { activity: PublicActivity; code?: string }) {
  const [result, setResult] = useState<ParticipationResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const send = async (body: Record<string, unknown>) => {
    setBusy(true)
    setError(null)
    try {
      setResult(await submit(activity.id, { ...body, code }))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div>
      {error && <div className="error">{error}</div>}
      {result?.already && <div className="notice">您已参与过本活动，以下是您上次的结果。</div>}
      {activity.kind === 'quiz' && <Quiz activity={activity} result={result} busy={busy} onSubmit={(answers) => send({ answers })} />}
      {activity.kind === 'vote' && <Vote activity={activity} result={result} busy={busy} onSubmit={(choice) => send({ choice })} />}
      {activity.kind === 'lottery' && <Lottery activity={activity} result={result} busy={busy} onDraw={() => send({})} />}
    </div>
  )
}

function Quiz({ activity, result, busy, onSubmit }: { activity: PublicActivity; result: ParticipationResult | null; busy: boolean; onSubmit: (a: Record<number, string>) => void }) {
  const [index, setIndex] = useState(0)
  const [answers, setAnswers] = useState<Record<number, string>>({})
  const total = activity.questions.length
  if (result?.quiz) {
    const { score, results } = result.quiz
    return (
      <div data-testid="quiz-result">
        <div className="result-big">
          <div className="num">
            {score}/{total}
          </div>
          <div className="label">{score === total ? '全部答对，太棒了！' : '感谢参与，看看解析吧'}</div>
        </div>
        {results.map((r, i) => (
          <div key={i} className="review">
            <b>
              {i + 1}. {activity.questions[i]?.prompt}
            </b>
            <span className={r.correct ? 'ok' : 'bad'}>{r.correct ? '✓ 答对了' : `✗ 您选 ${r.chosen ?? '-'}`}</span> · 正确答案 {r.answer}
            {r.explanation && <div style={{ color: 'var(--muted)', marginTop: 4 }}>{r.explanation}</div>}
          </div>
        ))}
      </div>
    )
  }
  const q = activity.questions[index]
  const chosen = answers[index]
  const last = index === total - 1
  return (
    <div>
      <div className="progress">
        <i style={{ width: `${((index + (chosen ? 1 : 0)) / total) * 100}%` }} />
      </div>
      <div className="q-count">
        第 {index + 1} / {total} 题
      </div>
      <p className="q-prompt">{q.prompt}</p>
      <div className="options">
        {q.options.map((o) => (
          <button key={o.key} type="button" className={`option${chosen === o.key ? ' selected' : ''}`} onClick={() => setAnswers({ ...answers, [index]: o.key })}>
            <span className="key">{o.key}</span>
            {o.text}
          </button>
        ))}
      </div>
      <div className="nav">
        <button type="button" className="btn btn-ghost" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          上一题
        </button>
        {last ? (
          <button type="button" className="btn btn-primary" disabled={!chosen || busy || Object.keys(answers).length < total} onClick={() => onSubmit(answers)}>
            {busy ? '提交中…' : '提交答案'}
          </button>
        ) : (
          <button type="button" className="btn btn-primary" disabled={!chosen} onClick={() => setIndex(index + 1)}>
            下一题
          </button>
        )}
      </div>
    </div>
  )
}

function Vote({ activity, result, busy, onSubmit }: { activity: PublicActivity; result: ParticipationResult | null; busy: boolean; onSubmit: (c: string) => void }) {
  const [choice, setChoice] = useState<string | null>(null)
  const q = activity.questions[0]
  if (result?.vote) {
    const { tally, total, choice: mine } = result.vote
    return (
      <div data-testid="vote-result">
        <p className="q-prompt">{q?.prompt}</p>
        {tally.map((t) => (
          <div key={t.key} className="bar">
            <div className="bar-top">
              <span>
                {t.label} {t.key === mine && <span className="badge">我的选择</span>}
              </span>
              <span>{total ? Math.round((t.count / total) * 100) : 0}%</span>
            </div>
            <div className="bar-track">
              <i style={{ width: `${total ? (t.count / total) * 100 : 0}%` }} />
            </div>
          </div>
        ))}
        <p className="empty">共 {total} 人参与投票</p>
      </div>
    )
  }
  return (
    <div>
      <p className="q-prompt">{q?.prompt}</p>
      <div className="options">
        {q?.options.map((o) => (
          <button key={o.key} type="button" className={`option${choice === o.key ? ' selected' : ''}`} onClick={() => setChoice(o.key)}>
            <span className="key">{o.key}</span>
            {o.text}
          </button>
        ))}
      </div>
      <div style={{ marginTop: 16 }}>
        <button type="button" className="btn btn-primary" disabled={!choice || busy} onClick={() => choice && onSubmit(choice)}>
          {busy ? '提交中…' : '投出我的一票'}
        </button>
      </div>
    </div>
  )
}

function Lottery({ activity, result, busy, onDraw }: { activity: PublicActivity; result: ParticipationResult | null; busy: boolean; onDraw: () => void }) {
  const drawn = result?.lottery
  return (
    <div data-testid={drawn ? 'lottery-result' : undefined}>
      <div className={`wheel${busy ? ' spinning' : ''}`}>
        <div className="wheel-core">{drawn ? (drawn.won ? '中奖啦' : '谢谢参与') : '好运\n转起来'}</div>
      </div>
      {drawn ? (
        <>
          <p className="prize">{drawn.prize}</p>
          <div className="audit">
            抽奖编号 {result!.participationId} · 种子承诺 {drawn.seedCommitment} · 抽取值 {drawn.value}
            <br />
            随机种子在抽奖前生成并存档，结果可复算核验。
          </div>
        </>
      ) : (
        <>
          {activity.prizes.length > 0 && <p className="empty" style={{ textAlign: 'center' }}>奖项：{activity.prizes.join(' · ')}</p>}
          <button type="button" className="btn btn-gold" disabled={busy} onClick={onDraw}>
            {busy ? '抽奖中…' : '立即抽奖（每人1次）'}
          </button>
        </>
      )}
    </div>
  )
}
