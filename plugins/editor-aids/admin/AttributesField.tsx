'use client'

import type { JSONFieldClientComponent } from 'payload'

import {
  CodeEditor,
  FieldDescription,
  FieldError,
  FieldLabel,
  ShimmerEffect,
  useConfig,
  useField,
  useFormFields,
  useLocale,
} from '@payloadcms/ui'
import React, { useEffect, useId, useMemo, useState } from 'react'

import {
  type AttributeDeclaration,
  asAttributes,
  inputText,
  mergeUndeclared,
  storedValue,
  undeclared,
  withAttribute,
} from '../attributeForm'
import { useMonaco } from './useMonaco'

/** Payload's description grey fails WCAG AA contrast; our hints use a darker step of its theme. */
const HINT = { color: 'var(--theme-elevation-650)' }

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/** The category's attribute schema in the admin's content locale (English where a label is missing). */
const useAttributeSchema = (category: number | string | null) => {
  const { code } = useLocale()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const [schema, setSchema] = useState<AttributeDeclaration[] | null | 'loading'>(null)
  useEffect(() => {
    if (category === null) return setSchema(null)
    let live = true
    setSchema('loading')
    const url = `${serverURL ?? ''}${routes.api}/categories/${encodeURIComponent(String(category))}?depth=0&locale=${code}&fallback-locale=en`
    fetch(url, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then(
        (doc: { attributeSchema?: AttributeDeclaration[] } | null) =>
          live && setSchema(doc?.attributeSchema ?? []),
      )
      .catch(() => live && setSchema([]))
    return () => {
      live = false
    }
  }, [category, code, routes.api, serverURL])
  return schema
}

interface InputProps {
  declaration: AttributeDeclaration
  value: unknown
  readOnly: boolean
  onChange: (value: unknown) => void
}

function AttributeInput({ declaration, value, readOnly, onChange }: InputProps) {
  const id = useId()
  const { key, type, unit } = declaration
  const label = declaration.label?.trim() || key
  const text = inputText(type, value)
  const change = (next: string) => onChange(storedValue(type, next))
  const common = { id, name: `attributes.${key}`, disabled: readOnly, 'data-attribute': key }
  let input: React.ReactNode
  if (type === 'boolean') {
    input = (
      <select {...common} value={text} onChange={(e) => change(e.target.value)}>
        <option value="">—</option>
        <option value="true">Yes</option>
        <option value="false">No</option>
      </select>
    )
  } else if (type === 'list') {
    input = <textarea {...common} rows={3} value={text} onChange={(e) => change(e.target.value)} />
  } else {
    input = (
      <input
        {...common}
        type={type === 'number' ? 'number' : 'text'}
        inputMode={type === 'number' ? 'decimal' : undefined}
        step="any"
        value={text}
        onChange={(e) => change(e.target.value)}
      />
    )
  }
  return (
    <div className={`field-type ${type === 'list' ? 'textarea' : type === 'boolean' ? 'select' : 'text'}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {unit ? <span style={HINT}> ({unit})</span> : null}
      </label>
      <div className="input-wrapper">{input}</div>
      {type === 'list' && (
        <div className="field-description" style={HINT}>
          One item per line.
        </div>
      )}
    </div>
  )
}

/** Keys the category does not declare, in the (self-hosted) JSON editor, to see and remove them. */
function UndeclaredEditor({
  extras,
  readOnly,
  onChange,
}: {
  extras: Record<string, unknown>
  readOnly: boolean
  onChange: (extras: Record<string, unknown>) => void
}) {
  const monaco = useMonaco()
  const [error, setError] = useState<string | null>(null)
  const initial = useMemo(() => JSON.stringify(extras, null, 2), [extras])
  if (monaco === 'loading') return <ShimmerEffect height="4rem" />
  const change = (text: string | undefined) => {
    try {
      const parsed: unknown = JSON.parse(text?.trim() ? text : '{}')
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('must be a JSON object')
      setError(null)
      onChange(parsed as Record<string, unknown>)
    } catch (e) {
      setError(`Not applied: ${(e as Error).message}`)
    }
  }
  return (
    <div className="field-type json" data-testid="attributes-undeclared">
      <div className="field-label">Other attributes (not in this category’s schema)</div>
      {monaco === 'ready' ? (
        <CodeEditor defaultLanguage="json" value={initial} readOnly={readOnly} onChange={change} />
      ) : (
        <textarea
          rows={4}
          defaultValue={initial}
          readOnly={readOnly}
          style={{ width: '100%', fontFamily: 'monospace' }}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {error && <p role="alert">{error}</p>}
      <div className="field-description" style={HINT}>
        The server keeps only declared keys: declare these on the category, or remove them.
      </div>
    </div>
  )
}

/**
 * A resource's attributes as a form built from its category's attribute
 * schema: one input per declared attribute, labelled in the admin's content
 * language, typed (text, number, yes/no, list); keys the schema does not
 * declare stay visible in a JSON editor. The server checks the same rules.
 */
export const AttributesField: JSONFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const category = useFormFields(([fields]) => idOf(fields.category?.value))
  const schema = useAttributeSchema(category)
  const current = asAttributes(value)
  const disabled = Boolean(readOnly)

  let body: React.ReactNode
  if (schema === 'loading') body = <ShimmerEffect height="6rem" />
  else {
    const declarations = schema ?? []
    const extras = undeclared(current, declarations)
    body = (
      <>
        {schema === null && <p>Choose a category: its attribute schema decides the inputs here.</p>}
        {schema !== null && declarations.length === 0 && (
          <p>This category declares no attributes (Catalogue → Categories → Attributes).</p>
        )}
        <div data-testid="attributes-form" style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}>
          {declarations.map((declaration) => (
            <AttributeInput
              key={declaration.key}
              declaration={declaration}
              value={current[declaration.key]}
              readOnly={disabled}
              onChange={(next) => setValue(withAttribute(current, declaration.key, next))}
            />
          ))}
        </div>
        {Object.keys(extras).length > 0 && (
          <UndeclaredEditor
            extras={extras}
            readOnly={disabled}
            onChange={(edited) => setValue(mergeUndeclared(current, declarations, edited))}
          />
        )}
      </>
    )
  }
  return (
    <fieldset
      className="field-type attributes-field"
      style={{ border: 0, padding: 0, marginBlockEnd: 'var(--base)' }}
    >
      <legend>
        <FieldLabel label={field.label ?? 'Attributes'} path={path} as="span" />
      </legend>
      <FieldError path={path} showError={showError} message={errorMessage} />
      {body}
      <FieldDescription description={field.admin?.description} path={path} />
    </fieldset>
  )
}
