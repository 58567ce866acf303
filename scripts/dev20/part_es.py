from common import *  # part es: written blind

add("es-01-que-teneis", "Iker Etxeberria Goikoetxea <iker.etxeberria@euskalnet.example>",
    "datos",
"""hola q datos teneis mios?? me gustaria verlos
iker""",
    R(["Access"], "iker.etxeberria@euskalnet.example", "Iker", "Etxeberria Goikoetxea"))

add("es-02-supresion-formal", "María del Carmen Rodríguez Fernández <mcarmen.rodriguez@telefonica.example>",
    "Ejercicio del derecho de supresión",
"""Estimados señores:

Dña. María del Carmen Rodríguez Fernández, con DNI 12345678-Z y domicilio en calle Alcalá 201,
28028 Madrid, mediante el presente escrito ejerce el derecho de supresión previsto en el
artículo 17 del Reglamento (UE) 2016/679 y en el artículo 15 de la Ley Orgánica 3/2018.

Habiendo causado baja como mutualista el 30 de junio de 2026, solicito que se supriman todos mis
datos personales que no estén sujetos a una obligación legal de conservación, y que se me
comunique cuáles se mantienen bloqueados y durante cuánto tiempo.

En Madrid, a 15 de noviembre de 2026.

María del Carmen Rodríguez Fernández""",
    R(["Erasure"], "mcarmen.rodriguez@telefonica.example", "María del Carmen", "Rodríguez Fernández"))

add("es-03-dni-y-apellido", "José Luis Peña Ortiz <joseluis.pena@ono.example>",
    "Error en mis datos",
"""Buenas,

En la tarjeta sanitaria y en las cartas aparezco como "Jose Luis Pena Ortiz" y con el DNI
mal (pone 50412339-K y es 50412393-K). Con el DNI equivocado la farmacia no me valida la
tarjeta. ¿Pueden corregirlo, con la ñ y todo?

Gracias,
José Luis Peña Ortiz""",
    R(["Rectification"], "joseluis.pena@ono.example", "José Luis", "Peña Ortiz"))

add("es-04-no-me-llamen", "Rocío Jiménez Navarro <rocio.jimenez@movistar.example>",
    "Llamadas comerciales",
"""Por favor dejen de llamarme para venderme el seguro dental familiar. Ya he dicho tres veces
que no me interesa. No quiero recibir más llamadas ni SMS publicitarios.

Rocío Jiménez

Enviado desde mi móvil Huawei""",
    R(["Opposition"], "rocio.jimenez@movistar.example", "Rocío", "Jiménez Navarro"))

add("es-05-rechazo-automatico", "Alejandro Gutiérrez de la Fuente <alejandro.gdlf@correo.example>",
    "Reembolso denegado sin que nadie lo mire",
"""Buenos días:

He solicitado el reembolso de una resonancia magnética y la respuesta llegó a los pocos minutos:
"denegado por el sistema de validación". Nadie ha mirado el informe del traumatólogo.

Quiero que una persona revise mi solicitud, poder explicar mi caso y que no se decida sólo con
un programa informático. Me amparo en el artículo 22 del RGPD.

Un saludo,
Alejandro Gutiérrez de la Fuente""",
    R(["AutomatedDecision"], "alejandro.gdlf@correo.example", "Alejandro", "Gutiérrez de la Fuente"))

add("es-06-exportar-app", "Lucía Martín Sáez <lucia.martin.saez@correo.example>",
    "Descargar mis datos de la app",
"""Hola!

Me cambio a otra app de salud y quiero llevarme mis registros: pasos, sueño, peso y las
sesiones de meditación. ¿Me los podéis enviar en un archivo tipo CSV que pueda importar? En la
app no encuentro cómo exportar.

Gracias!!
Lucía""",
    R(["Portability"], "lucia.martin.saez@correo.example", "Lucía", "Martín Sáez"))

add("es-07-madre-ortodoncia", "Elena Vidal Castro <elena.vidal.castro@terra.example>",
    "Historial de ortodoncia de mi hijo",
"""Hola,

Mi hijo Pablo Romero Vidal, de 12 años, está en tratamiento de ortodoncia en su clínica de
Valencia. Como madre y titular de la póliza quiero conocer toda la información que tienen
registrada sobre él: historia clínica, fotos, radiografías y el plan de tratamiento.

Saludos,
Elena Vidal Castro""",
    R(["Access"], "elena.vidal.castro@terra.example", "Pablo", "Romero Vidal", representative="Elena Vidal Castro"))

add("es-08-cuestionario-incorrecto", "Nuria Sánchez-Mejías Ruiz <nuria.sm@yahoo-es.example>",
    "Cuestionario de salud con datos erróneos",
"""Buenas tardes,

En el cuestionario de salud que firmé en 2024 figura que soy fumadora, cosa que no es cierta
(marqué "no" y alguien lo pasó mal al sistema). Solicito que se corrija y que, mientras lo
comprueban, no usen ese dato para calcular mi prima ni para nada más.

Atentamente,
Nuria Sánchez-Mejías Ruiz""",
    R(["Rectification", "Restriction"], "nuria.sm@yahoo-es.example", "Nuria", "Sánchez-Mejías Ruiz"))

add("es-09-ceden-a-laboratorios", "Francisco Javier Moreno Díaz <fjmoreno@jazztel.example>",
    "¿A quién ceden mis datos?",
"""Hola, me gustaría saber si comparten mis datos de salud con laboratorios, farmacéuticas u
otras aseguradoras, y con qué finalidad. También cuánto tiempo guardan los informes médicos que
les envío para los reembolsos.

Un saludo
Fco. Javier Moreno""",
    R(["Information"], "fjmoreno@jazztel.example", "Francisco Javier", "Moreno Díaz"))

add("es-10-html-copia-y-fichero", "Beatriz Ortega Llorente <beatriz.ortega@correo.example>",
    "Solicitud de mis datos",
    html("Hola,",
         "Quisiera recibir toda la información personal que tenéis sobre mí (datos de la póliza, "
         "reembolsos, citas en la clínica dental).",
         "Además, el historial de reembolsos me gustaría tenerlo en un formato estructurado (Excel o CSV) "
         "para pasárselo directamente a mi nueva aseguradora.",
         "Gracias,<br>Beatriz Ortega Llorente<br>Tel. 611 22 33 44"),
    R(["Access", "Portability"], "beatriz.ortega@correo.example", "Beatriz", "Ortega Llorente"), ct=HTML)

add("es-11-reenvio-baja-publicidad", "Marta Ibáñez <marta.ibanez@acme-corp.example>",
    "RV: Baja",
"""Hola equipo de privacidad,

Os reenvío este correo que ha llegado a atención al cliente.

Un saludo,
Marta Ibáñez
Atención al Mutualista – Sevilla

-----Mensaje original-----
De: Ramón Castillo Herrera <ramon.castillo@telefonica.example>
Enviado el: jueves, 12 de noviembre de 2026 19:31
Para: atencion@acme-corp.example
Asunto: Baja

Buenas tardes. No quiero recibir más publicidad de ustedes por ningún medio. Además, como ya no
soy cliente, les pido que borren mis datos de sus ficheros.
Ramón Castillo""",
    R(["Opposition", "Erasure"], "ramon.castillo@telefonica.example", "Ramón", "Castillo Herrera"))

add("es-12-faltas-borrar-cuenta", "yeni_lopez22@hotmail.example",
    "cuenta app",
"""ola kiero ke borreis mi cuenta de la aplicasion de bienestar y todo lo ke tenga, ya no la
uso
yeni lopez""",
    R(["Erasure"], "yeni_lopez22@hotmail.example", "Yeni", "Lopez"))

add("es-13-cambiar-cita", "Concepción Aguilar <concha.aguilar@correo.example>",
    "Cita dentista jueves",
"""Buenos días, tengo cita el jueves a las 10 en la clínica de Zaragoza y no puedo ir. ¿Me la
pueden pasar a la semana que viene? Gracias.

Concepción Aguilar""",
    R(["Unknown"], "concha.aguilar@correo.example", "Concepción", "Aguilar"))

add("es-14-queja-larga-historial", "Andrés Villanueva Prieto <andres.villanueva@correo.example>",
    "Queja - clínica dental de Málaga",
"""Señores:

Les escribo muy enfadado. El mes pasado fui a la clínica dental de Málaga para una limpieza y,
al llegar, la recepcionista me preguntó en voz alta, delante de toda la sala de espera, si
seguía tomando la medicación para la ansiedad. No sé cómo tenía ella esa información, porque yo
nunca se la di a la clínica: sólo figura en el cuestionario de salud de la póliza.

Luego, la semana pasada, recibí una llamada de una empresa de "bienestar emocional" que sabía que
soy mutualista suyo.

No quiero que borren nada todavía, porque puede que lo necesite para una reclamación. Lo que
exijo es saber con quién han compartido mi historial y mis datos de salud, qué departamentos
tienen acceso a ellos y si esa empresa de bienestar los ha recibido de ustedes.

Atentamente,
Andrés Villanueva Prieto""",
    R(["Information"], "andres.villanueva@correo.example", "Andrés", "Villanueva Prieto"))

add("es-15-adjunto-testamento-digital", "Jordi Puig <jordi.puig@acme-corp.example>",
    "RV: mis datos cuando fallezca", "",
    R(["AdvanceDirectives"], "lola.herrera@ono.example", "Dolores", "Herrera Campos"),
    note="Hola, adjunto el correo de una mutualista que llegó a la oficina de Barcelona. Entiendo que es cosa vuestra. Jordi",
    attached=("Dolores Herrera Campos <lola.herrera@ono.example>", "mis datos cuando fallezca",
"""Buenas tardes:

Estoy preparando mi testamento digital. Quiero dejar indicado que, cuando yo fallezca, mi hija
Carmen Ruiz Herrera sea la persona que pueda pedirles mis datos o su borrado, y nadie más.
¿Cómo lo dejo registrado con ustedes?

Dolores Herrera Campos"""))

add("es-16-heredero-padre", "Sergio Ruiz Ortega <sergio.ruiz.ortega@correo.example>",
    "Fallecimiento de mi padre - borrado de datos",
"""Buenos días,

Mi padre, Manuel Ruiz Gallardo, falleció el pasado 2 de octubre. Era mutualista desde hacía 30
años. Como hijo y heredero, adjunto el certificado de defunción y el libro de familia, y les
pido que eliminen sus datos y dejen de enviar cartas a su nombre, que a mi madre le resulta muy
doloroso.

Un saludo,
Sergio Ruiz Ortega""",
    R(["Erasure"], "sergio.ruiz.ortega@correo.example", "Manuel", "Ruiz Gallardo", representative="Sergio Ruiz Ortega"))

add("es-17-perfilado-primas", "Íñigo Zubizarreta <inigo.zubizarreta@euskalnet.example>",
    "Oposición al perfilado",
"""Buenas,

He visto en la nueva política de privacidad que usan los datos de la app de bienestar para
"ajustar ofertas y primas". Me opongo a que se elaboren perfiles con mis datos de actividad y
a que se usen para fijar precios. Sigo queriendo la app y la póliza, sólo pido esto.

Íñigo Zubizarreta""",
    R(["Opposition"], "inigo.zubizarreta@euskalnet.example", "Íñigo", "Zubizarreta"),
    ct=LATIN1, encode="latin-1")

add("es-18-familia-replyto", "Familia García <familiagarcia@correo.example>",
    "Mis datos",
"""Hola, soy Paula, la hija mayor; os escribo desde el correo de casa pero contestadme a mi
correo personal por favor.

Quiero ver qué información tenéis sobre mí (estoy en la póliza familiar) y cambiar el número de
móvil, que el que tenéis es el de mi madre: el mío es 622 98 76 54.

Paula García Reyes""",
    R(["Access", "Rectification"], "paula.garcia.reyes@correo.example", "Paula", "García Reyes"),
    headers=["Reply-To: paula.garcia.reyes@correo.example"])

add("es-19-task-contrato-laboratorio", "Jorge Navarro <jorge.navarro@acme-corp.example>",
    "Contrato de encargado - laboratorio protésico",
"""Hola,

Vamos a trabajar con un nuevo laboratorio protésico (Dentalab Levante, S.L.) para todas las
clínicas de la Comunidad Valenciana. Recibirán modelos, escáneres intraorales y nombre del
paciente. ¿Podéis revisar el contrato de encargado del tratamiento que os adjunto?

Gracias,
Jorge Navarro
Director de Operaciones Clínicas
Tel. 963 00 00 12
Este mensaje es confidencial.""",
    TASK("jorge.navarro@acme-corp.example", "Jorge", "Navarro"))

add("es-20-task-eipd-videoconsulta", "Silvia Marín Domínguez <silvia.marin@acme-corp.example>",
    "EIPD videoconsulta",
"""Buenos días,

Para el lanzamiento de la videoconsulta con médicos de familia en marzo necesitamos la
evaluación de impacto. ¿Cuándo podemos reunirnos? Os paso el documento funcional.

Silvia Marín
Responsable de Producto Digital""",
    TASK("silvia.marin@acme-corp.example", "Silvia", "Marín Domínguez"))

add("es-21-task-registro-actividades", "Alberto Cano <alberto.cano@acme-corp.example>",
    "actualizar registro de actividades",
"""Hola, desde RR.HH. hemos empezado a usar una nueva herramienta de fichaje con huella dactilar
en la sede de Madrid. Supongo que hay que darla de alta en el registro de actividades de
tratamiento. Decidme qué información necesitáis.
Alberto Cano""",
    TASK("alberto.cano@acme-corp.example", "Alberto", "Cano"))

add("es-22-inc-robo-portatil", "Raquel Fuentes <raquel.fuentes@acme-corp.example>",
    "Robo de portátil en el AVE",
"""Hola,

Me han robado la mochila con el portátil de empresa en la estación de Atocha. Tenía descargados
informes médicos de unos 15 mutualistas para un comité de siniestros. El portátil tiene
contraseña; no sé si el disco está cifrado. Ya he puesto la denuncia.

Raquel Fuentes
Técnico de Prestaciones""",
    INC("raquel.fuentes@acme-corp.example", "Raquel", "Fuentes"))

add("es-23-inc-carta-ajena", "Tomás Herrero <tomas.herrero@correo.example>",
    "He recibido el informe de otra persona",
"""Buenas tardes,

En el sobre de mi carta de reembolso venía también el informe de una biopsia de otra persona,
una tal Amparo Lozano. Me parece muy grave. Lo tengo guardado; díganme qué hago con él.

Tomás Herrero""",
    INC("tomas.herrero@correo.example", "Tomás", "Herrero"))

add("es-24-inc-correo-cc", "Lorena Pascual <lorena.pascual@acme-corp.example>",
    "Error envío masivo con CC",
"""Hola,

He enviado el recordatorio de revisión dental a 214 pacientes de la clínica de Alicante poniendo
las direcciones en CC en vez de CCO. Todos pueden ver los correos de los demás. Ya me han
respondido dos pacientes quejándose.

Lorena Pascual
Recepción clínica Alicante""",
    INC("lorena.pascual@acme-corp.example", "Lorena", "Pascual"))

add("es-25-fu-sin-respuesta", "Rosa María Iglesias <rosamaria.iglesias@correo.example>",
    "RE: [DSR-70342] Hemos recibido su solicitud",
"""Buenos días, ha pasado más de un mes y sigo sin respuesta. ¿Pueden decirme algo?

Rosa María Iglesias

> Estimada Sra. Iglesias:
> Su solicitud ha quedado registrada con la referencia DSR-70342.""",
    FU("70342", "rosamaria.iglesias@correo.example", "Rosa María", "Iglesias"))

add("es-26-fu-supresion-confirmacion", "María del Carmen Rodríguez Fernández <mcarmen.rodriguez@telefonica.example>",
    "Re: Ejercicio del derecho de supresión",
"""Estimados señores:

Adjunto copia de mi DNI, que olvidé en mi anterior escrito. Quedo a la espera de la
confirmación.

María del Carmen Rodríguez Fernández""",
    FU(ref("es-02-supresion-formal"), "mcarmen.rodriguez@telefonica.example", "María del Carmen", "Rodríguez Fernández"),
    headers=irt("es-02-supresion-formal"))

add("es-27-spam-loteria", "Lotería Internacional <premios@loteria-int-es.example>",
    "¡¡ENHORABUENA!! Ha ganado 850.000 EUR",
"""Estimado ganador:

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo internacional. Para
cobrar su premio envíe sus datos personales y una copia de su DNI. Sus datos serán tratados con
total confidencialidad conforme al RGPD.

Departamento de Premios""",
    IGN("spam", "premios@loteria-int-es.example"), headers=SPAM_HDR)

add("es-28-spam-auditoria-rgpd", "Consultoría LOPD Express <info@lopd-express.example>",
    "Auditoría RGPD gratuita - evite sanciones de la AEPD",
"""Buenos días,

¿Sabía que las sanciones de la AEPD pueden llegar a 20 millones de euros? Le ofrecemos una
auditoría gratuita y la eliminación segura de datos obsoletos. Responda a este correo y le
llamamos hoy.

Consultoría LOPD Express""",
    IGN("spam", "info@lopd-express.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="lopd-express.example")])

add("es-29-boletin", "Boletín Privacidad Sanitaria <boletin@privacidadsanitaria.example>",
    "Boletín nº 88 - Novedades en protección de datos de salud",
"""BOLETÍN DE PRIVACIDAD SANITARIA - Nº 88

- La AEPD publica guía sobre apps de salud
- Historia clínica compartida: nuevas obligaciones
- Webinar: brechas de seguridad en clínicas

Si no desea recibir más boletines, pulse aquí para darse de baja.""",
    IGN("bulk", "boletin@privacidadsanitaria.example"),
    headers=["List-Id: Boletin <boletin.privacidadsanitaria.example>",
             "List-Unsubscribe: <https://privacidadsanitaria.example/baja>",
             "Precedence: bulk"])

add("es-30-rebote", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Mail delivery failed: returning message to sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
