// An activity must be playable: a quiz needs options and a right letter, a vote two options, a lottery prizes.
import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { QUIZ_OPTIONS } from '../../../lib/community/kinds'

type Question = { prompt?: string; answer?: string } & Partial<Record<`option${(typeof QUIZ_OPTIONS)[number]}`, string | null>>

export function scriptProblems(data: Record<string, any>): string[] {
  const problems: string[] = []
  const questions: Question[] = data.questions ?? []
  switch (data.kind) {
    case 'quiz':
      if (questions.length === 0) problems.push('有奖问答至少需要一道题 / a quiz needs at least one question')
      questions.forEach((q, i) => {
        const letter = String(q.answer ?? '').trim().toUpperCase()
        if (!QUIZ_OPTIONS.includes(letter as never)) problems.push(`第${i + 1}题答案须为 A/B/C/D / question ${i + 1}: the answer must be A, B, C or D`)
        else if (!q[`option${letter as 'A'}`]) problems.push(`第${i + 1}题缺少选项 ${letter} / question ${i + 1}: option ${letter} is empty`)
        if (!q.optionA || !q.optionB) problems.push(`第${i + 1}题至少需要 A、B 两个选项 / question ${i + 1} needs options A and B`)
      })
      break
    case 'lantern-riddle':
    case 'pinyin':
      if (questions.length === 0 || questions.some((q) => !q.answer)) problems.push('请填写题面和答案 / every prompt needs its answer')
      break
    case 'vote':
      if (!questions[0]?.optionA || !questions[0]?.optionB) problems.push('投票题至少需要 A、B 两个选项 / a vote needs options A and B')
      break
    case 'lottery':
      if ((data.prizes ?? []).length === 0) problems.push('抽奖至少需要一个奖项 / a lottery needs at least one prize')
      break
  }
  return problems
}

export const validateScript: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const problems = scriptProblems(merged)
  if (problems.length) throw new APIError(problems.join('；'), 400, undefined, true)
  if (data?.questions && merged.kind === 'quiz') {
    data.questions = data.questions.map((q: Question) => ({ ...q, answer: String(q.answer).trim().toUpperCase() }))
  }
  return data
}
